import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InitiativeFilter, InitiativeSort, LibraryFileFormat } from '../../gql/graphql';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { downloadText } from '../../ui/download';
import { ExportInitiativesDocument } from './documents';
import { describeLibraryError } from './libraryErrors';

export interface ExportScope {
  factoryId: string;
  query?: string | null;
  filter?: InitiativeFilter | null;
  sort?: InitiativeSort;
}

/** Exports the library, or a search result, as a CSV or JSON file the import reads back. */
export function ExportButtons({ scope, label }: { scope: ExportScope; label: string }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [busy, setBusy] = useState<LibraryFileFormat | null>(null);
  const [message, setMessage] = useState<{ tone: 'info' | 'error'; text: string } | null>(null);

  async function run(format: LibraryFileFormat) {
    setBusy(format);
    setMessage(null);
    try {
      const { data } = await client.query({ query: ExportInitiativesDocument, variables: { ...scope, format }, fetchPolicy: 'no-cache' });
      if (!data) throw new Error('no data');
      const file = data.exportInitiatives;
      downloadText(file.filename, file.content, file.contentType, { bom: false });
      setMessage({ tone: 'info', text: [t('library.importer.exported', { count: file.count }), file.truncated ? t('library.importer.truncated') : ''].filter(Boolean).join(' ') });
    } catch (e) {
      setMessage({ tone: 'error', text: t('library.importer.exportFailed', { reason: t(describeLibraryError(e)) }) });
    } finally {
      setBusy(null);
    }
  }

  return (
    <div className="library-export" role="group" aria-label={label}>
      <div className="button-row">
        {(['CSV', 'JSON'] as const).map((format) => (
          <Button key={format} variant="secondary" busy={busy === format} disabled={busy !== null} onClick={() => void run(format)}>
            {busy === format ? t('library.importer.exporting') : t(`library.importer.export${format}`)}
          </Button>
        ))}
      </div>
      <Alert tone={message?.tone ?? 'info'}>{message?.text}</Alert>
    </div>
  );
}
