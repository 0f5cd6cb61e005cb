import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Alert } from '../../ui/Alert';
import { Loading } from '../../ui/Loading';
import { ApplicationForm } from './ApplicationForm';
import { PublicCallDocument } from './documents';
import { formatDateTime } from '../../ui/format';
import { addPipelineMessages } from './messages';
import './pipeline.css';

/** `/appel/:callId`: the public application form of a call for entrepreneurs, no account needed. */
export default function ApplyPage() {
  const { t, i18n } = useTranslation();
  addPipelineMessages(i18n);
  const { callId = '' } = useParams();
  const { data, loading } = useQuery(PublicCallDocument, { variables: { id: callId } });
  if (loading && !data) return <Loading label={t('app.loading')} />;
  const call = data?.entrepreneurCall;
  if (!call) return <Alert tone="error">{t('pipeline.apply.notFound')}</Alert>;
  const title = t('pipeline.apply.title', { title: call.title });
  return (
    <div className="pipeline-apply">
      <title>{`${title} · ${t('app.name')}`}</title>
      <h1>{title}</h1>
      <p className="lead">{t('pipeline.apply.intro')}</p>
      <p className="pipeline-prewrap">{call.description}</p>
      {call.open ? (
        <>
          <p>
            <strong>{t('pipeline.apply.deadline', { date: formatDateTime(call.deadline, i18n.language, 'long') })}</strong>
          </p>
          <ApplicationForm callId={call.id} submitLabel={t('pipeline.apply.send')} onSent={() => t('pipeline.apply.sent')} />
        </>
      ) : (
        <Alert tone="info">{t('pipeline.apply.closed')}</Alert>
      )}
    </div>
  );
}
