import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../ui/Alert';
import { Loading } from '../../ui/Loading';
import { InitiativeHistoryDocument } from './documents';
import { formatDateTime } from '../../ui/format';
import { changeValue } from './format';

/** The record's audit trail, newest first: who changed which fields, before and after. */
export function InitiativeHistory({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? 'fr';
  const { data, loading, error } = useQuery(InitiativeHistoryDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const entries = [...(data?.initiative.history ?? [])].reverse();
  const empty = t('library.record.empty');
  return (
    <section className="panel record__section" aria-labelledby="record-history">
      <h2 id="record-history">{t('library.record.history')}</h2>
      {loading && !data ? (
        <Loading label={t('app.loading')} />
      ) : error && !data ? (
        <Alert tone="error">{t('library.record.historyFailed')}</Alert>
      ) : entries.length === 0 ? (
        <p>{t('library.record.historyEmpty')}</p>
      ) : (
        <ol className="record__history">
          {entries.map((entry) => (
            <li key={entry.id}>
              <p className="record__history-entry">{t('library.record.historyEntry', { action: t(`library.record.action.${entry.action}`), actor: entry.actorName, date: formatDateTime(entry.createdAt, locale) })}</p>
              {entry.changes.length > 0 && (
                <ul className="record__changes">
                  {entry.changes.map((change) => (
                    <li key={change.field}>{t('library.record.change', { field: change.field, before: changeValue(change.before, empty), after: changeValue(change.after, empty) })}</li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
