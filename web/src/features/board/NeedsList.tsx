import { useTranslation } from 'react-i18next';
import type { RoomLiveFieldsFragment } from '../../gql/graphql';

export function NeedsList({ needs }: { needs: RoomLiveFieldsFragment['needs'] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="needs-title">
      <h2 id="needs-title">{t('board.needsTitle')}</h2>
      {needs.length === 0 ? (
        <p>{t('board.noNeeds')}</p>
      ) : (
        <ul className="card-list card-list--single">
          {needs.map((need) => (
            <li key={need.id} className="card">
              <h3>{need.title}</h3>
              {need.description && <p>{need.description}</p>}
              {need.evidence && <p className="card__note">{t('board.evidence', { evidence: need.evidence })}</p>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
