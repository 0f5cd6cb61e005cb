import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClusterFieldsFragment, IdeaFieldsFragment } from '../../gql/graphql';

export interface IdeaGroupsProps {
  ideas: readonly IdeaFieldsFragment[];
  clusters: readonly ClusterFieldsFragment[];
  /** Group by cluster (when there are clusters); a flat list otherwise. */
  grouped: boolean;
  /** Heading level of the groups; ideas use the next one. */
  level: 3 | 2;
  renderIdea(idea: IdeaFieldsFragment, headingLevel: 2 | 3 | 4): ReactNode;
  /** Extra content after a cluster's heading (e.g. a facilitator's delete button). */
  renderClusterTools?(cluster: ClusterFieldsFragment): ReactNode;
  /** Wraps each group's section, e.g. in a drop target (`clusterId` '' = the ungrouped ideas). */
  wrapGroup?(group: { clusterId: string; label: string }, section: ReactNode): ReactNode;
}

/** The board: ideas in order, grouped under their clusters, ungrouped ones last. */
export function IdeaGroups({ ideas, clusters, grouped, level, renderIdea, renderClusterTools, wrapGroup }: IdeaGroupsProps) {
  const { t } = useTranslation();
  const ideaLevel = (level + 1) as 3 | 4;
  if (!grouped || clusters.length === 0) {
    return (
      <ul className="idea-list">
        {ideas.map((idea) => (
          <li key={idea.id}>{renderIdea(idea, level)}</li>
        ))}
      </ul>
    );
  }
  const known = new Set(clusters.map((c) => c.id));
  const groups = [
    ...clusters.map((cluster) => ({ key: cluster.id, cluster, label: cluster.label, ideas: ideas.filter((i) => i.clusterId === cluster.id) })),
    { key: 'none', cluster: null, label: t('board.ungrouped'), ideas: ideas.filter((i) => !i.clusterId || !known.has(i.clusterId)) },
  ].filter((g) => g.cluster || g.ideas.length > 0);
  const Heading = `h${level}` as const;
  return (
    <div className="idea-groups">
      {groups.map((group) => {
        const section = (
          <section className="idea-group" aria-labelledby={`group-${group.key}`}>
            <div className="idea-group__head">
              <Heading id={`group-${group.key}`} className="idea-group__title">
                {group.label} <span className="idea-group__count">({group.ideas.length})</span>
              </Heading>
              {group.cluster && renderClusterTools?.(group.cluster)}
            </div>
            <ul className="idea-list">
              {group.ideas.map((idea) => (
                <li key={idea.id}>{renderIdea(idea, ideaLevel)}</li>
              ))}
            </ul>
          </section>
        );
        return <Fragment key={group.key}>{wrapGroup ? wrapGroup({ clusterId: group.cluster?.id ?? '', label: group.label }, section) : section}</Fragment>;
      })}
    </div>
  );
}
