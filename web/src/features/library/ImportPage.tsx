import { useMutation } from '@apollo/client/react';
import { useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { LibraryFileFormat } from '../../gql/graphql';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Loading } from '../../ui/Loading';
import { TextArea } from '../../ui/TextArea';
import { ImportInitiativesDocument } from './documents';
import { ExportButtons } from './ExportButtons';
import { FacilitatorOnly } from './FacilitatorOnly';
import { canConfirm, groupImportRows, guessFormat, type ImportReport } from './importReport';
import { describeLibraryError, type LibraryErrorKey } from './libraryErrors';
import { libraryPath, recordPath } from './paths';
import { useLibraryFactory } from './useLibraryFactory';
import './library.css';

/** `/bibliotheque/import`: import a file (dry run first, then for real) and export the library. */
export default function ImportPage() {
  return (
    <FacilitatorOnly>
      <ImportScreen />
    </FacilitatorOnly>
  );
}

function ImportScreen() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const { factories, factory, loading } = useLibraryFactory(params.get('fabrique'));
  const [content, setContent] = useState('');
  const [format, setFormat] = useState<LibraryFileFormat>('CSV');
  const [report, setReport] = useState<ImportReport | null>(null);
  const [failure, setFailure] = useState<LibraryErrorKey | null>(null);
  const [empty, setEmpty] = useState(false);
  const [runImport, { loading: busy }] = useMutation(ImportInitiativesDocument);

  if (loading) return <Loading label={t('app.loading')} />;
  if (!factory) return <Alert tone="error">{t('library.noFactory')}</Alert>;
  const factoryId = factory.id;

  function changed(next: string, fileName?: string) {
    setContent(next);
    setFormat(guessFormat(next, fileName));
    setReport(null);
    setFailure(null);
  }

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (file) changed(await file.text(), file.name);
  }

  async function run(dryRun: boolean) {
    setEmpty(!content.trim());
    if (!content.trim()) return;
    setFailure(null);
    try {
      const { data } = await runImport({ variables: { input: { factoryId, content, format, dryRun } } });
      if (data) setReport(data.importInitiatives);
    } catch (e) {
      setFailure(describeLibraryError(e));
    }
  }

  function check(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void run(true);
  }

  const title = t('library.importer.title');
  return (
    <div className="library-import">
      <title>{`${title} · ${t('app.name')}`}</title>
      <p>
        <Link to={libraryPath(null, factories.length > 1 ? factory.slug : null)}>{t('library.back')}</Link>
      </p>
      <h1>{title}</h1>
      <p className="lead">{t('library.importer.lead')}</p>

      <form className="form form--wide panel" noValidate onSubmit={check}>
        <div className="field">
          <label className="field__label" htmlFor="library-import-file">
            {t('library.importer.fileLabel')}
          </label>
          <input id="library-import-file" className="field__input" type="file" accept=".csv,.json,text/csv,application/json" onChange={(e) => void onFile(e)} />
        </div>
        <TextArea label={t('library.importer.contentLabel')} rows={8} spellCheck={false} value={content} onChange={(e) => changed(e.target.value)} error={empty ? t('library.importer.empty') : undefined} />
        <fieldset className="fieldset">
          <legend>{t('library.importer.formatLegend')}</legend>
          {(['CSV', 'JSON'] as const).map((f) => (
            <div key={f} className="radio">
              <input id={`library-import-${f}`} type="radio" name="format" value={f} checked={format === f} onChange={() => setFormat(f)} />
              <label htmlFor={`library-import-${f}`}>{t(`library.importer.format${f}`)}</label>
            </div>
          ))}
        </fieldset>
        <div className="button-row">
          <Button type="submit" busy={busy}>
            {busy ? t('library.importer.checking') : t('library.importer.dryRun')}
          </Button>
          {report && report.dryRun && (
            <Button variant="secondary" disabled={!canConfirm(report) || busy} onClick={() => void run(false)}>
              {busy ? t('library.importer.importing') : t('library.importer.confirm')}
            </Button>
          )}
        </div>
        <Alert tone="error">{failure ? t('library.importer.failed', { reason: t(failure) }) : null}</Alert>
      </form>

      <div aria-live="polite">{report && <ImportReportView report={report} />}</div>

      <section className="panel" aria-labelledby="library-export-title">
        <h2 id="library-export-title">{t('library.importer.exportTitle')}</h2>
        <p className="field__hint">{t('library.importer.exportHint')}</p>
        <ExportButtons label={t('library.importer.exportTitle')} scope={{ factoryId, sort: 'RECENT' }} />
      </section>
    </div>
  );
}

function ImportReportView({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  const counts = { created: report.created, updated: report.updated, rejected: report.rejected };
  return (
    <section className="panel import-report" aria-labelledby="import-report-title">
      <h2 id="import-report-title">{report.dryRun ? t('library.importer.reportTitle') : report.applied ? t('library.importer.appliedTitle') : t('library.importer.notApplied')}</h2>
      <p className="import-report__summary">{report.applied ? t('library.importer.summaryApplied', counts) : t('library.importer.summary', counts)}</p>
      {report.dryRun && report.rejected > 0 && <p className="import-report__fix">{t('library.importer.fixRejected')}</p>}
      {groupImportRows(report.rows).map((group) => (
        <section key={group.action} className={`import-report__group import-report__group--${group.action.toLowerCase()}`} aria-labelledby={`import-${group.action}`}>
          <h3 id={`import-${group.action}`}>{t(`library.importer.group.${group.action}`, { count: group.rows.length })}</h3>
          <ul className="import-report__rows">
            {group.rows.map((row) => (
              <li key={row.line}>
                <span className="import-report__line">{t('library.importer.line', { line: row.line })}</span>{' '}
                {row.initiativeId ? <Link to={recordPath(row.initiativeId)}>{row.name || t('library.importer.noName')}</Link> : <strong>{row.name || t('library.importer.noName')}</strong>}
                {row.reasons.length > 0 && (
                  <ul className="import-report__reasons">
                    {row.reasons.map((reason) => (
                      <li key={reason}>{reason}</li>
                    ))}
                  </ul>
                )}
                {row.warnings.map((warning) => (
                  <p key={warning} className="import-report__warning">
                    {t('library.importer.warning', { text: warning })}
                  </p>
                ))}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
