import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../ui/Alert';
import { DashboardDocument } from '../dashboard/documents';
import { OpenDataDocument, SetOpenDataDocument } from './documents';
import { refetching, usePipelineAction } from './usePipelineAction';

/** For the factory's owners: share the public fields of launched projects without a token (open data). */
export function OpenDataToggle({ factoryId, slug }: { factoryId: string; slug: string }) {
  const { t } = useTranslation();
  const viewer = useQuery(DashboardDocument);
  const owner = viewer.data?.viewer.user?.memberships.some((m) => m.factory.id === factoryId && m.role === 'OWNER') ?? false;
  const { data } = useQuery(OpenDataDocument, { variables: { slug }, skip: !owner });
  const [setOpenData] = useMutation(SetOpenDataDocument, refetching('OpenData'));
  const action = usePipelineAction();
  if (!owner || !data) return null;
  const open = data.factory.pipelineOpenData;
  return (
    <div className="pipeline-open-data">
      <label className="checkbox">
        <input
          type="checkbox"
          className="checkbox__input"
          checked={open}
          disabled={action.busy}
          onChange={(e) => {
            const next = e.target.checked;
            void action.run(async () => (await setOpenData({ variables: { factoryId, open: next } }), next ? t('pipeline.openData.on') : t('pipeline.openData.off')));
          }}
        />
        <span className="checkbox__label">{t('pipeline.openData.label')}</span>
      </label>
      <p className="pipeline-muted">{t('pipeline.openData.hint')}</p>
      <Alert tone="error">{action.error ? t(action.error) : null}</Alert>
      <Alert tone="info">{action.done}</Alert>
    </div>
  );
}
