import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { BarChart } from '../../ui/BarChart';
import { Button } from '../../ui/Button';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { downloadText } from '../../ui/download';
import { FunnelReportDocument } from './documents';
import { FUNNEL_STEPS, funnelBars, periodOf, rowKey } from './funnel';
import { LoadState } from './LoadState';
import { OpenDataToggle } from './OpenDataToggle';
import { PipelineFactoryScreen, PipelineOnly } from './PipelineFrame';

/** `/pipeline/entonnoir`: the funnel for funders, per factory, territory and cohort over a period; chart, table and CSV. */
export default function FunnelPage() {
  return (
    <PipelineOnly>
      <FunnelScreen />
    </PipelineOnly>
  );
}

/** Inside `PipelineOnly`, which brings the messages. */
function FunnelScreen() {
  const { t } = useTranslation();
  return (
    <PipelineFactoryScreen title={t('pipeline.funnel.title')} intro={t('pipeline.funnel.intro')}>
      {(factory) => (
        <>
          <Funnel key={factory.id} factoryId={factory.id} />
          <OpenDataToggle key={`open-${factory.id}`} factoryId={factory.id} slug={factory.slug} />
        </>
      )}
    </PipelineFactoryScreen>
  );
}

function Funnel({ factoryId }: { factoryId: string }) {
  const { t, i18n } = useTranslation();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [period, setPeriod] = useState(periodOf('', ''));
  const [scope, setScope] = useState('');
  const { data, error, refetch } = useQuery(FunnelReportDocument, { variables: { factoryId, ...period } });

  function submit(event: FormEvent) {
    event.preventDefault();
    setPeriod(periodOf(from, to));
  }

  const rows = data?.pipelineFunnelReport.rows ?? [];
  const row = rows.find((r) => rowKey(r) === scope) ?? rows[0];
  const number = new Intl.NumberFormat(i18n.language);
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0 });
  const labelOf = (r: (typeof rows)[number]) => `${t(`pipeline.funnel.scopeKind.${r.scope as 'FACTORY' | 'TERRITORY' | 'COHORT'}`, { defaultValue: r.scope })} · ${r.label}`;

  return (
    <>
      <form className="pipeline-period" onSubmit={submit}>
        <TextField label={t('pipeline.funnel.from')} type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
        <TextField label={t('pipeline.funnel.to')} type="date" value={to} onChange={(e) => setTo(e.target.value)} />
        <Button type="submit" variant="secondary">
          {t('pipeline.funnel.apply')}
        </Button>
      </form>
      {!data ? (
        <LoadState error={error} retry={refetch} />
      ) : (
        <>
          <SelectField label={t('pipeline.funnel.scope')} options={rows.map((r) => ({ value: rowKey(r), label: labelOf(r) }))} value={row ? rowKey(row) : ''} onChange={(e) => setScope(e.target.value)} />
          {row && (
            <>
              <BarChart label={t('pipeline.funnel.chart', { label: row.label })} bars={funnelBars(row, (step) => t(`pipeline.funnel.steps.${step}`), (n) => number.format(n), (r) => percent.format(r))} />
              <p className="pipeline-jobs">{t('pipeline.funnel.jobsCreated', { count: row.jobsCreated })}</p>
            </>
          )}
          <Button variant="secondary" onClick={() => downloadText(t('pipeline.funnel.fileName'), data.pipelineFunnelReport.csv, undefined, { bom: false })}>
            {t('pipeline.funnel.download')}
          </Button>
          <h2>{t('pipeline.funnel.table')}</h2>
          <div className="pipeline-table-wrap">
            <table className="pipeline-table">
              <thead>
                <tr>
                  <th scope="col">{t('pipeline.funnel.scope')}</th>
                  {FUNNEL_STEPS.map((step) => (
                    <th key={step} scope="col">
                      {t(`pipeline.funnel.steps.${step}`)}
                    </th>
                  ))}
                  <th scope="col">{t('pipeline.funnel.steps.jobsCreated')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={rowKey(r)}>
                    <th scope="row">{labelOf(r)}</th>
                    {FUNNEL_STEPS.map((step) => (
                      <td key={step}>{number.format(r[step])}</td>
                    ))}
                    <td>{number.format(r.jobsCreated)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </>
  );
}
