import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { IdeaFieldsFragment } from '../../gql/graphql';
import { DETAIL_FIELDS } from '../coedit/peers';
import { IdeaReferencesList } from '../library/IdeaReferencesList';
import './ideaCard.css';

export interface IdeaCardProps {
  idea: IdeaFieldsFragment;
  meId: string | null;
  headingLevel: 2 | 3 | 4;
  /** Shown when tallies are visible to the viewer. */
  showTally?: boolean;
  children?: ReactNode;
}

/** One idea: title, description, its structured fields when written, who wrote it, its status; actions come as children. */
export function IdeaCard({ idea, meId, headingLevel, showTally = false, children }: IdeaCardProps) {
  const { t } = useTranslation();
  const Heading = `h${headingLevel}` as const;
  const mine = meId !== null && idea.author?.id === meId;
  const tally =
    showTally && idea.votes.total !== null
      ? t('board.tally', { dots: t('board.dots', { count: idea.votes.total }), voters: t('board.voters', { count: idea.votes.voters ?? 0 }) })
      : null;
  return (
    <article className={mine ? 'idea idea--mine' : 'idea'} aria-labelledby={`idea-${idea.id}`}>
      <Heading id={`idea-${idea.id}`} className="idea__title">
        {idea.title}
      </Heading>
      {idea.description && <p className="idea__description">{idea.description}</p>}
      {DETAIL_FIELDS.some((field) => idea[field]) && (
        <dl className="idea__details">
          {DETAIL_FIELDS.filter((field) => idea[field]).map((field) => (
            <div key={field} className="idea__detail">
              <dt>{t(`coedit.short.${field}`)}</dt>
              <dd>{idea[field]}</dd>
            </div>
          ))}
        </dl>
      )}
      <p className="idea__meta">
        <span>{idea.author ? t('board.by', { name: idea.author.displayName }) : t('board.anonymous')}</span>
        {mine && <span className="tag tag--mine">{t('board.yours')}</span>}
        {idea.private && <span className="tag">{t('board.private')}</span>}
        {idea.mergedFromIds.length > 0 && <span className="tag">{t('board.mergedFrom', { count: idea.mergedFromIds.length })}</span>}
      </p>
      {tally && <p className="idea__tally">{tally}</p>}
      <IdeaReferencesList ideaId={idea.id} />
      {children}
    </article>
  );
}
