import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { StudyFieldsFragment } from '../../gql/graphql';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { SelectField } from '../../ui/SelectField';
import { TextArea } from '../../ui/TextArea';
import { TextField } from '../../ui/TextField';
import { ApplicationForm } from './ApplicationForm';
import { ChooseLeadDocument, CloseCallDocument, CohortOptionsDocument, OpenCallDocument, StartProjectDocument } from './documents';
import { formatDateTime } from '../../ui/format';
import { checkCall, hasErrors } from './forms';
import { applyPath, projectPath } from './paths';
import { refetching, usePipelineAction } from './usePipelineAction';

const refetch = refetching('Study');

/** The call for entrepreneurs of a GO study: open it, close it, read the applications, choose the lead. */
export function CallPanel({ study }: { study: StudyFieldsFragment }) {
  const { t, i18n } = useTranslation();
  const call = study.call;
  const action = usePipelineAction();
  const [closeCall] = useMutation(CloseCallDocument, refetch);
  const [chooseLead] = useMutation(ChooseLeadDocument, refetch);
  const project = study.project;
  const canChoose = project?.stage === 'SUPPORT';

  return (
    <section className="panel" aria-labelledby="call-title">
      <h2 id="call-title">{t('pipeline.call.title')}</h2>
      {!call ? (
        study.outcome === 'GO' ? <OpenCallForm studyId={study.id} action={action} /> : <p>{t('pipeline.call.needsGo')}</p>
      ) : (
        <>
          <p>
            <span className="tag">{call.open ? t('pipeline.call.isOpen', { date: formatDateTime(call.deadline, i18n.language, 'long') }) : t('pipeline.call.isClosed')}</span>
          </p>
          <p className="pipeline-prewrap">{call.description}</p>
          {call.open && (
            <p>
              {t('pipeline.call.publicLink')}&nbsp;: <Link to={applyPath(call.id)}>{`${window.location.origin}${applyPath(call.id)}`}</Link>
            </p>
          )}
          {call.open && (
            <Button variant="secondary" busy={action.busy} onClick={() => void action.run(async () => (await closeCall({ variables: { id: call.id } }), t('pipeline.call.closed')))}>
              {t('pipeline.call.close')}
            </Button>
          )}
          <h3>{t('pipeline.call.applications')}</h3>
          {call.applications.length === 0 ? (
            <p>{t('pipeline.call.noApplications')}</p>
          ) : (
            <ul className="pipeline-applications">
              {call.applications.map((application) => {
                const chosen = project?.lead?.id === application.id;
                return (
                  <li key={application.id} className="pipeline-application">
                    <h4>
                      {application.name} {chosen && <span className="tag tag--mine">{t('pipeline.call.chosen')}</span>}
                    </h4>
                    <p>
                      {application.contact} · {application.origin === 'PUBLIC_FORM' ? t('pipeline.call.fromPublic') : t('pipeline.call.fromFacilitator')} · {formatDateTime(application.createdAt, i18n.language, 'long')}
                    </p>
                    {application.motivation && <p className="pipeline-prewrap">{application.motivation}</p>}
                    {canChoose && !chosen && (
                      <Button variant="secondary" busy={action.busy} onClick={() => void action.run(async () => (await chooseLead({ variables: { applicationId: application.id } }), t('pipeline.call.leadChosen', { name: application.name })))}>
                        {t('pipeline.call.chooseLead', { name: application.name })}
                      </Button>
                    )}
                  </li>
                );
              })}
            </ul>
          )}
          {!project && call.applications.length > 0 && <p className="pipeline-muted">{t('pipeline.call.startFirst')}</p>}
          <details className="pipeline-details">
            <summary>{t('pipeline.call.addApplication')}</summary>
            <ApplicationForm callId={call.id} submitLabel={t('pipeline.call.addApplication')} onSent={(name) => t('pipeline.apply.added', { name })} />
          </details>
        </>
      )}
      {study.outcome === 'GO' && <ProjectStart study={study} action={action} />}
      {/* One pair of messages for the panel: they stay when the form that caused them gives way. */}
      <Alert tone="error">{action.error ? t(action.error) : null}</Alert>
      <Alert tone="info">{action.done}</Alert>
    </section>
  );
}

/** A local `datetime-local` value a few weeks ahead, as a default deadline. */
function inWeeks(weeks: number): string {
  const date = new Date(Date.now() + weeks * 7 * 86_400_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T18:00`;
}

type PanelAction = ReturnType<typeof usePipelineAction>;

function OpenCallForm({ studyId, action }: { studyId: string; action: PanelAction }) {
  const { t } = useTranslation();
  const [description, setDescription] = useState('');
  const [deadline, setDeadline] = useState(inWeeks(4));
  const [shown, setShown] = useState<ReturnType<typeof checkCall>>({});
  const [openCall] = useMutation(OpenCallDocument, refetch);

  function submit(event: FormEvent) {
    event.preventDefault();
    const errors = checkCall({ description, deadline });
    setShown(errors);
    if (hasErrors(errors)) return;
    void action.run(async () => {
      await openCall({ variables: { input: { studyId, description: description.trim(), deadline: new Date(deadline).toISOString() } } });
      return t('pipeline.call.opened');
    });
  }

  return (
    <form className="form form--wide" onSubmit={submit} noValidate>
      <TextArea label={t('pipeline.call.description')} rows={4} value={description} onChange={(e) => setDescription(e.target.value)} error={shown.description ? t('pipeline.call.errors.description') : undefined} required />
      <TextField type="datetime-local" label={t('pipeline.call.deadline')} value={deadline} onChange={(e) => setDeadline(e.target.value)} error={shown.deadline ? t('pipeline.call.errors.deadline') : undefined} required />
      <Button type="submit" busy={action.busy}>
        {t('pipeline.call.open')}
      </Button>
    </form>
  );
}

const NO_COHORT = 'none';

/** Starts the project of a GO study in a cohort, or links to it once started. */
function ProjectStart({ study, action }: { study: StudyFieldsFragment; action: PanelAction }) {
  const { t } = useTranslation();
  const cohorts = useQuery(CohortOptionsDocument, { variables: { factoryId: study.factoryId }, skip: study.project != null });
  const [cohortId, setCohortId] = useState('');
  const [start] = useMutation(StartProjectDocument, refetch);
  if (study.project)
    return (
      <p>
        <Link to={projectPath(study.project.id)}>{t('pipeline.board.project', { title: study.project.title })}</Link> — {t(`pipeline.stage.${study.project.stage}`)}
      </p>
    );
  const options = [{ value: NO_COHORT, label: t('pipeline.project.noCohort') }, ...(cohorts.data?.cohorts ?? []).map((c) => ({ value: c.id, label: c.name }))];
  const chosen = cohortId || cohorts.data?.cohorts[0]?.id || NO_COHORT;
  return (
    <div className="pipeline-start">
      <SelectField label={t('pipeline.project.cohortLabel')} options={options} value={chosen} onChange={(e) => setCohortId(e.target.value)} />
      <Button busy={action.busy} onClick={() => void action.run(async () => (await start({ variables: { input: { studyId: study.id, cohortId: chosen === NO_COHORT ? null : chosen } } }), t('pipeline.project.started')))}>
        {t('pipeline.project.start')}
      </Button>
    </div>
  );
}
