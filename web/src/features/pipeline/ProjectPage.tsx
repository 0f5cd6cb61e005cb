import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { ProjectFieldsFragment, TurnoverBand } from '../../gql/graphql';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { SelectField } from '../../ui/SelectField';
import { TextArea } from '../../ui/TextArea';
import { TextField } from '../../ui/TextField';
import { recordPath } from '../library/paths';
import { DeleteMilestoneDocument, LaunchProjectDocument, ProjectDocument, PublishProjectDocument, SaveMilestoneDocument, StopProjectDocument, UpdateProjectDocument } from './documents';
import { formatDateTime, formatLocalDate } from '../../ui/format';
import { today } from './forms';
import { PipelineNav, PipelineOnly } from './PipelineFrame';
import { pipelinePath, studyPath } from './paths';
import { refetching, usePipelineAction } from './usePipelineAction';
import { usePipelineLive } from './usePipelineLive';
import { LoadState } from './LoadState';

const TURNOVER_BANDS = ['UNDER_50K', 'FROM_50K_TO_200K', 'FROM_200K_TO_1M', 'OVER_1M'] as const satisfies readonly TurnoverBand[];
const PROJECT_STAGES = ['SUPPORT', 'LAUNCHED'] as const;
const refetch = refetching('Project');

/** `/pipeline/projet/:id`: a project from support to launch (or stop), its milestones and key figures, and the loop back to the library. */
export default function ProjectPage() {
  return (
    <PipelineOnly>
      <ProjectScreen />
    </PipelineOnly>
  );
}

function ProjectScreen() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const { data, error, refetch: reload } = useQuery(ProjectDocument, { variables: { id } });
  usePipelineLive(data?.project.factoryId, { query: 'Project', id });
  if (!data) return <LoadState error={error} retry={reload} />;
  const project = data.project;
  return (
    <>
      <title>{`${project.title} · ${t('app.name')}`}</title>
      <PipelineNav />
      <p>
        <Link to={pipelinePath('promotions')}>{t('pipeline.project.back')}</Link>
      </p>
      <h1>{project.title}</h1>
      <p>
        <Link to={studyPath(project.study.id)}>{t('pipeline.project.study', { title: project.study.title })}</Link>
        {project.cohort && <> · {t('pipeline.board.cohort', { name: project.cohort.name })}</>}
      </p>
      <p>{project.lead ? t('pipeline.project.lead', { name: project.lead.name }) : t('pipeline.project.noLead')}</p>
      <section className="panel" aria-labelledby="stages-title">
        <h2 id="stages-title">{t('pipeline.project.stages')}</h2>
        <ol className="pipeline-steps">
          {(project.stage === 'STOPPED' ? (['SUPPORT', 'STOPPED'] as const) : PROJECT_STAGES).map((stage) => (
            <li key={stage} className={stage === project.stage ? 'pipeline-steps__step pipeline-steps__step--current' : 'pipeline-steps__step'} aria-current={stage === project.stage ? 'step' : undefined}>
              {t(`pipeline.stage.${stage}`)}
            </li>
          ))}
        </ol>
        {project.launchedAt && <p>{t('pipeline.project.launched', { date: formatDateTime(project.launchedAt, i18n.language, 'long') })}</p>}
        {project.stoppedAt && <p>{t('pipeline.project.stopped', { date: formatDateTime(project.stoppedAt, i18n.language, 'long'), reason: project.stoppedReason })}</p>}
        {project.stage === 'SUPPORT' && <StageActions project={project} />}
      </section>
      {project.stage === 'LAUNCHED' && <Publish project={project} />}
      <KeyFigures key={project.id} project={project} />
      <Milestones project={project} />
    </>
  );
}

function StageActions({ project }: { project: ProjectFieldsFragment }) {
  const { t } = useTranslation();
  const [launch] = useMutation(LaunchProjectDocument);
  const [stop] = useMutation(StopProjectDocument);
  const [stopping, setStopping] = useState(false);
  const [reason, setReason] = useState('');
  const action = usePipelineAction();
  function submitStop(event: FormEvent) {
    event.preventDefault();
    if (!reason.trim()) return;
    void action.run(async () => (await stop({ variables: { projectId: project.id, reason: reason.trim() } }), null));
  }
  return (
    <>
      <div className="button-row">
        <Button busy={action.busy} onClick={() => void action.run(async () => (await launch({ variables: { projectId: project.id } }), null))}>
          {t('pipeline.project.launch')}
        </Button>
        <Button variant="secondary" aria-expanded={stopping} onClick={() => setStopping(!stopping)}>
          {t('pipeline.project.stop')}
        </Button>
      </div>
      {stopping && (
        <form className="form form--wide" onSubmit={submitStop}>
          <TextArea label={t('pipeline.project.stopReason')} value={reason} onChange={(e) => setReason(e.target.value)} required />
          <Button type="submit" className="button--danger" busy={action.busy}>
            {t('pipeline.project.stopConfirm')}
          </Button>
        </form>
      )}
      <Alert tone="error">{action.error ? t(action.error) : null}</Alert>
    </>
  );
}

function Publish({ project }: { project: ProjectFieldsFragment }) {
  const { t } = useTranslation();
  const [sourceTitle, setSourceTitle] = useState('');
  const [sourceUrl, setSourceUrl] = useState('');
  const [publish] = useMutation(PublishProjectDocument, refetch);
  const action = usePipelineAction();
  const record = project.initiative;
  function submit(event: FormEvent) {
    event.preventDefault();
    const sources = sourceUrl.trim() ? [{ title: sourceTitle.trim() || sourceUrl.trim(), url: sourceUrl.trim(), consultedOn: today() }] : [];
    void action.run(async () => (await publish({ variables: { input: { projectId: project.id, publish: sources.length > 0, sources } } }), t('pipeline.project.published')));
  }
  return (
    <section className="panel panel--accent" aria-labelledby="publish-title">
      <h2 id="publish-title">{t('pipeline.project.publish')}</h2>
      <Alert tone="info">{action.done}</Alert>
      {record ? (
        <p>
          <Link to={recordPath(record.id)}>{t('pipeline.project.libraryRecord', { title: record.name })}</Link>
        </p>
      ) : (
        <form className="form form--wide" onSubmit={submit}>
          <p>{t('pipeline.project.publishIntro')}</p>
          <TextField label={t('pipeline.project.sourceTitle')} value={sourceTitle} onChange={(e) => setSourceTitle(e.target.value)} />
          <TextField label={t('pipeline.project.sourceUrl')} hint={t('pipeline.project.sourceHint')} type="url" inputMode="url" value={sourceUrl} onChange={(e) => setSourceUrl(e.target.value)} />
          <Button type="submit" busy={action.busy}>
            {t('pipeline.project.publish')}
          </Button>
          <Alert tone="error">{action.error ? t(action.error) : null}</Alert>
        </form>
      )}
    </section>
  );
}

/** A whole number from a number input, or null when blank. */
const countOf = (text: string) => (text.trim() === '' ? null : Math.max(0, Math.round(Number(text))));

function KeyFigures({ project }: { project: ProjectFieldsFragment }) {
  const { t } = useTranslation();
  const [jobs, setJobs] = useState(project.jobs?.toString() ?? '');
  const [beneficiaries, setBeneficiaries] = useState(project.beneficiaries?.toString() ?? '');
  const [turnover, setTurnover] = useState<string>(project.turnoverBand ?? '');
  const [summary, setSummary] = useState(project.summary);
  const [update] = useMutation(UpdateProjectDocument);
  const action = usePipelineAction();
  function submit(event: FormEvent) {
    event.preventDefault();
    void action.run(async () => {
      await update({ variables: { input: { id: project.id, jobs: countOf(jobs), beneficiaries: countOf(beneficiaries), turnoverBand: (turnover || null) as TurnoverBand | null, summary } } });
      return t('pipeline.project.saved');
    });
  }
  return (
    <section className="panel" aria-labelledby="figures-title">
      <h2 id="figures-title">{t('pipeline.project.figures')}</h2>
      <form className="form form--wide" onSubmit={submit}>
        <div className="field-pair">
          <TextField label={t('pipeline.project.jobs')} type="number" min={0} inputMode="numeric" value={jobs} onChange={(e) => setJobs(e.target.value)} />
          <TextField label={t('pipeline.project.beneficiaries')} type="number" min={0} inputMode="numeric" value={beneficiaries} onChange={(e) => setBeneficiaries(e.target.value)} />
        </div>
        <SelectField
          label={t('pipeline.project.turnover')}
          options={[{ value: '', label: t('pipeline.project.turnoverNone') }, ...TURNOVER_BANDS.map((band) => ({ value: band, label: t(`pipeline.project.turnoverBand.${band}`) }))]}
          value={turnover}
          onChange={(e) => setTurnover(e.target.value)}
        />
        <TextArea label={t('pipeline.project.summary')} rows={4} value={summary} onChange={(e) => setSummary(e.target.value)} />
        <Button type="submit" variant="secondary" busy={action.busy}>
          {t('pipeline.project.save')}
        </Button>
        <Alert tone="error">{action.error ? t(action.error) : null}</Alert>
        <Alert tone="info">{action.done}</Alert>
      </form>
    </section>
  );
}

function Milestones({ project }: { project: ProjectFieldsFragment }) {
  const { t, i18n } = useTranslation();
  const [title, setTitle] = useState('');
  const [plannedOn, setPlannedOn] = useState('');
  const [save] = useMutation(SaveMilestoneDocument, refetch);
  const [remove] = useMutation(DeleteMilestoneDocument, refetch);
  const action = usePipelineAction();
  function submit(event: FormEvent) {
    event.preventDefault();
    if (!title.trim()) return;
    void action.run(async () => {
      await save({ variables: { input: { projectId: project.id, title: title.trim(), plannedOn: plannedOn || null } } });
      setTitle('');
      setPlannedOn('');
      return null;
    });
  }
  return (
    <section className="panel" aria-labelledby="milestones-title">
      <h2 id="milestones-title">{t('pipeline.project.milestones')}</h2>
      {project.milestones.length === 0 ? (
        <p>{t('pipeline.project.noMilestones')}</p>
      ) : (
        <ul className="pipeline-milestones">
          {project.milestones.map((m) => (
            <li key={m.id} className={m.doneOn ? 'pipeline-milestone pipeline-milestone--done' : 'pipeline-milestone'}>
              <span>
                <span aria-hidden="true">{m.doneOn ? '✓ ' : '○ '}</span>
                <strong>{m.title}</strong>
                {m.plannedOn != null && <> · {t('pipeline.project.planned', { date: formatLocalDate(m.plannedOn, i18n.language) })}</>}
                {m.doneOn != null && <> · {t('pipeline.project.done', { date: formatLocalDate(m.doneOn, i18n.language) })}</>}
              </span>
              <span className="button-row">
                {!m.doneOn && (
                  <Button variant="quiet" busy={action.busy} onClick={() => void action.run(async () => (await save({ variables: { input: { id: m.id, projectId: project.id, title: m.title, plannedOn: m.plannedOn ?? null, doneOn: today() } } }), null))}>
                    {t('pipeline.project.markDone', { title: m.title })}
                  </Button>
                )}
                <Button variant="quiet" aria-label={t('pipeline.project.deleteMilestone', { title: m.title })} busy={action.busy} onClick={() => void action.run(async () => (await remove({ variables: { id: m.id } }), null))}>
                  {t('pipeline.study.remove')}
                </Button>
              </span>
            </li>
          ))}
        </ul>
      )}
      <form className="form form--wide" onSubmit={submit}>
        <div className="field-pair">
          <TextField label={t('pipeline.project.milestoneTitle')} value={title} onChange={(e) => setTitle(e.target.value)} required />
          <TextField label={t('pipeline.project.plannedOn')} type="date" value={plannedOn} onChange={(e) => setPlannedOn(e.target.value)} />
        </div>
        <Button type="submit" variant="secondary" busy={action.busy}>
          {t('pipeline.project.addMilestone')}
        </Button>
        <Alert tone="error">{action.error ? t(action.error) : null}</Alert>
      </form>
    </section>
  );
}
