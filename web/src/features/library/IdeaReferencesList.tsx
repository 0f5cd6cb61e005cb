import { useFragment } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { IdeaReferences } from './boardDocuments';

/** The initiatives an idea draws on, under its card (nothing until the board has loaded them). */
export function IdeaReferencesList({ ideaId }: { ideaId: string }) {
  const { t } = useTranslation();
  const { data, complete } = useFragment({ fragment: IdeaReferences, fragmentName: 'IdeaReferences', from: { __typename: 'Idea', id: ideaId } });
  const references = complete ? data.references : [];
  if (references.length === 0) return null;
  return (
    <div className="idea-references">
      <p className="idea-references__title">{t('library.board.references', { count: references.length })}</p>
      <ul className="idea-references__list">
        {references.map((reference) => {
          const place = [reference.initiative.place.town, reference.initiative.place.region].filter(Boolean).join(', ');
          return (
            <li key={reference.id}>
              <span className="idea-references__name">{reference.initiative.name}</span>
              {place && <span className="idea-references__place"> ({place})</span>}
              {reference.note && <span className="idea-references__note"> — {reference.note}</span>}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
