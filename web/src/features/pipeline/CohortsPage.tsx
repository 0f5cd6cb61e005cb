import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import { CohortsDocument, CreateCohortDocument } from './documents';
import { formatLocalDate } from '../../ui/format';
import { today } from './forms';
import { PipelineFactoryScreen, PipelineOnly } from './PipelineFrame';
import { projectPath } from './paths';
import { refetching, usePipelineAction } from './usePipelineAction';
import { usePipelineLive } from './usePipelineLive';
import { LoadState } from './LoadState';

/** `/pipeline/promotions`: the factory's cohorts and their projects, by stage. */
export default function CohortsPage() {
  return (
    <PipelineOnly>
      <CohortsScreen />
    </PipelineOnly>
  );
}

/** Inside `PipelineOnly`, which brings the messages. */
function CohortsScreen() {
  const { t } = useTranslation();
  return (
    <PipelineFactoryScreen title={t('pipeline.cohorts.title')} intro={t('pipeline.cohorts.intro')}>
      {(factory) => <Cohorts key={factory.id} factoryId={factory.id} />}
    </PipelineFactoryScreen>
  );
}

function Cohorts({ factoryId }: { factoryId: string }) {
  const { t, i18n } = useTranslation();
  const { data, error, refetch } = useQuery(CohortsDocument, { variables: { factoryId } });
  usePipelineLive(factoryId, { query: 'Cohorts' });
  if (!data) return <LoadState error={error} retry={refetch} />;
  const loose = data.projects.edges.map((e) => e.node).filter((p) => !p.cohort);
  return (
    <>
      {data.cohorts.length === 0 && <p>{t('pipeline.cohorts.none')}</p>}
      {data.cohorts.map((cohort) => (
        <section key={cohort.id} className="panel" aria-labelledby={`cohort-${cohort.id}`}>
          <h2 id={`cohort-${cohort.id}`}>{cohort.name}</h2>
          <p className="pipeline-muted">
            {cohort.endsOn != null
              ? t('pipeline.cohorts.periodTo', { start: formatLocalDate(cohort.startsOn, i18n.language), end: formatLocalDate(cohort.endsOn, i18n.language) })
              : t('pipeline.cohorts.period', { start: formatLocalDate(cohort.startsOn, i18n.language) })}
          </p>
          {cohort.projects.length === 0 ? (
            <p>{t('pipeline.cohorts.noProjects')}</p>
          ) : (
            <ul className="card-list">
              {cohort.projects.map((project) => (
                <li key={project.id} className="card">
                  <h3>
                    <Link to={projectPath(project.id)}>{project.title}</Link>
                  </h3>
                  <p>
                    <span className={`pipeline-stage pipeline-stage--${project.stage.toLowerCase()}`}>{t(`pipeline.stage.${project.stage}`)}</span>
                  </p>
                  <p>{project.lead ? t('pipeline.project.lead', { name: project.lead.name }) : t('pipeline.board.noLead')}</p>
                  {project.jobs != null && (
                    <p>
                      {t('pipeline.project.jobs')}&nbsp;: {project.jobs}
                    </p>
                  )}
                  <p>
                    {t('pipeline.project.milestones')}&nbsp;: {project.milestones.filter((m) => m.doneOn != null).length}/{project.milestones.length}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
      {loose.length > 0 && (
        <section className="panel" aria-labelledby="cohort-none">
          <h2 id="cohort-none">{t('pipeline.cohorts.withoutCohort')}</h2>
          <ul>
            {loose.map((project) => (
              <li key={project.id}>
                <Link to={projectPath(project.id)}>{project.title}</Link> — {t(`pipeline.stage.${project.stage}`)}
              </li>
            ))}
          </ul>
        </section>
      )}
      <CreateCohort factoryId={factoryId} />
    </>
  );
}

function CreateCohort({ factoryId }: { factoryId: string }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [startsOn, setStartsOn] = useState(today());
  const [endsOn, setEndsOn] = useState('');
  const [create] = useMutation(CreateCohortDocument, refetching('Cohorts'));
  const action = usePipelineAction();
  function submit(event: FormEvent) {
    event.preventDefault();
    if (!name.trim() || !startsOn) return;
    void action.run(async () => {
      const { data } = await create({ variables: { input: { factoryId, name: name.trim(), startsOn, endsOn: endsOn || null } } });
      setName('');
      return t('pipeline.cohorts.created', { name: data?.createCohort.name ?? name });
    });
  }
  return (
    <section className="panel" aria-labelledby="cohort-create">
      <h2 id="cohort-create">{t('pipeline.cohorts.create')}</h2>
      <form className="form form--wide" onSubmit={submit}>
        <TextField label={t('pipeline.cohorts.name')} value={name} onChange={(e) => setName(e.target.value)} required />
        <div className="field-pair">
          <TextField label={t('pipeline.cohorts.startsOn')} type="date" value={startsOn} onChange={(e) => setStartsOn(e.target.value)} required />
          <TextField label={t('pipeline.cohorts.endsOn')} type="date" value={endsOn} onChange={(e) => setEndsOn(e.target.value)} />
        </div>
        <Button type="submit" variant="secondary" busy={action.busy}>
          {t('pipeline.cohorts.create')}
        </Button>
        <Alert tone="error">{action.error ? t(action.error) : null}</Alert>
        <Alert tone="info">{action.done}</Alert>
      </form>
    </section>
  );
}
