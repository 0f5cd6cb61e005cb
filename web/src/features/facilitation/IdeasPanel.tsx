import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { IdeaFieldsFragment } from '../../gql/graphql';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { IdeaCard } from '../board/IdeaCard';
import { IdeaGroups } from '../board/IdeaGroups';
import { DeleteClusterDocument, MergeIdeasDocument, MoveIdeaDocument, SaveClusterDocument } from './documents';
import { useAction, type ConsoleRoom } from './useAction';

const NO_CLUSTER = '';

/** The board for the facilitator: create groups, move ideas into them, merge ideas. */
export function IdeasPanel({ room }: { room: ConsoleRoom }) {
  const { t } = useTranslation();
  const { client, busy, error, done, run, apply } = useAction(room.id);
  const [label, setLabel] = useState('');
  const [selected, setSelected] = useState<string[]>([]);
  const [target, setTarget] = useState<string | null>(null);
  const grouping = room.phase !== 'NEEDS' && room.phase !== 'CLOSED';
  const chosen = room.ideas.filter((i) => selected.includes(i.id));
  const keep = chosen.find((i) => i.id === target) ?? chosen[0];

  const createCluster = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const name = label.trim();
    if (!name) return;
    void run(async () => {
      const { data } = await client.mutate({ mutation: SaveClusterDocument, variables: { input: { roomId: room.id, label: name } }, fetchPolicy: 'no-cache' });
      if (data) apply({ __typename: 'ClusterChanged', cluster: data.saveCluster });
      setLabel('');
      return t('console.clusterCreated', { label: name });
    });
  };

  const move = (idea: IdeaFieldsFragment, clusterId: string) =>
    run(async () => {
      const { data } = await client.mutate({ mutation: MoveIdeaDocument, variables: { input: { roomId: room.id, ideaId: idea.id, clusterId: clusterId || null } }, fetchPolicy: 'no-cache' });
      if (data) apply({ __typename: 'IdeaUpdated', idea: data.moveIdea });
    });

  const deleteCluster = (clusterId: string) =>
    run(async () => {
      await client.mutate({ mutation: DeleteClusterDocument, variables: { roomId: room.id, clusterId }, fetchPolicy: 'no-cache' });
      apply({ __typename: 'ClusterRemoved', clusterId });
    });

  const merge = () => {
    if (!keep || chosen.length < 2) return;
    const sourceIds = chosen.filter((i) => i.id !== keep.id).map((i) => i.id);
    void run(async () => {
      const { data } = await client.mutate({ mutation: MergeIdeasDocument, variables: { input: { roomId: room.id, targetId: keep.id, sourceIds } }, fetchPolicy: 'no-cache' });
      if (data) apply({ __typename: 'IdeasMerged', idea: data.mergeIdeas, sourceIds });
      setSelected([]);
      setTarget(null);
      return t('console.merged', { title: keep.title });
    });
  };

  const clusterOptions = [{ value: NO_CLUSTER, label: t('board.ungrouped') }, ...room.clusters.map((c) => ({ value: c.id, label: c.label }))];

  return (
    <section className="panel console__section" aria-labelledby="console-ideas-title">
      <h2 id="console-ideas-title">{t('console.ideasTitle', { count: room.ideas.length })}</h2>
      {grouping && (
        <form className="inline-form" noValidate onSubmit={createCluster}>
          <TextField label={t('console.clusterLabel')} name="cluster" maxLength={80} value={label} onChange={(e) => setLabel(e.target.value)} />
          <Button type="submit" variant="secondary" busy={busy} disabled={!label.trim()}>
            {t('console.createCluster')}
          </Button>
        </form>
      )}

      {grouping && (
        <div className="merge" aria-live="polite">
          {chosen.length < 2 ? (
            <p className="field__hint">{t('console.mergeHint')}</p>
          ) : (
            <fieldset className="merge__box">
              <legend>{t('console.mergeTitle', { count: chosen.length })}</legend>
              <p className="field__label">{t('console.mergeTarget')}</p>
              {chosen.map((idea) => (
                <label key={idea.id} className="radio">
                  <input type="radio" name="merge-target" checked={keep?.id === idea.id} onChange={() => setTarget(idea.id)} /> {idea.title}
                </label>
              ))}
              <Button busy={busy} onClick={merge}>
                {t('console.merge')}
              </Button>
            </fieldset>
          )}
        </div>
      )}

      {room.ideas.length === 0 ? (
        <p>{t('board.noIdeas')}</p>
      ) : (
        <IdeaGroups
          ideas={room.ideas}
          clusters={room.clusters}
          grouped
          level={3}
          renderClusterTools={(cluster) =>
            grouping && (
              <Button variant="quiet" aria-label={t('console.deleteClusterLabel', { label: cluster.label })} onClick={() => void deleteCluster(cluster.id)}>
                {t('console.deleteCluster')}
              </Button>
            )
          }
          renderIdea={(idea, level) => (
            <IdeaCard idea={idea} meId={null} headingLevel={level} showTally>
              {grouping && (
                <div className="idea__tools">
                  <label className="checkbox">
                    <input
                      type="checkbox"
                      className="checkbox__input"
                      checked={selected.includes(idea.id)}
                      onChange={(e) => setSelected((s) => (e.target.checked ? [...s, idea.id] : s.filter((id) => id !== idea.id)))}
                    />
                    <span className="checkbox__label">
                      {t('console.select')}
                      <span className="visually-hidden">{t('console.selectLabel', { title: idea.title })}</span>
                    </span>
                  </label>
                  <SelectField label={t('console.moveLabel', { title: idea.title })} hideLabel options={clusterOptions} value={idea.clusterId ?? NO_CLUSTER} disabled={busy} onChange={(e) => void move(idea, e.target.value)} />
                </div>
              )}
            </IdeaCard>
          )}
        />
      )}
      <Alert tone="error">{error ? t(error) : null}</Alert>
      <Alert tone="info">{done}</Alert>
    </section>
  );
}
