import { useTranslation } from 'react-i18next';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Loading } from '../../ui/Loading';

/** What a pipeline screen shows before its data: loading, or the failure with a retry. */
export function LoadState({ error, retry }: { error: unknown; retry(): unknown }) {
  const { t } = useTranslation();
  if (!error) return <Loading label={t('app.loading')} />;
  return (
    <>
      <Alert tone="error">{t('pipeline.loadFailed')}</Alert>
      <Button variant="secondary" onClick={() => void retry()}>
        {t('pipeline.retry')}
      </Button>
    </>
  );
}
