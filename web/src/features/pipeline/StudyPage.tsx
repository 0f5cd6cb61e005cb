import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { StudyFieldsFragment } from '../../gql/graphql';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { TextArea } from '../../ui/TextArea';
import { TextField } from '../../ui/TextField';
import { recordPath } from '../library/paths';
import { CallPanel } from './CallPanel';
import { DecisionPanel } from './DecisionPanel';
import { AddStudyAssessorDocument, AddStudyDocumentDocument, RemoveStudyAssessorDocument, RemoveStudyDocumentDocument, StudyDocument, UpdateStudyDocument } from './documents';
import { PipelineNav, PipelineOnly } from './PipelineFrame';
import { ScoringGrid } from './ScoringGrid';
import { refetching, usePipelineAction } from './usePipelineAction';
import { usePipelineLive } from './usePipelineLive';
import { LoadState } from './LoadState';

/** `/pipeline/etude/:id`: an opportunity study — lineage, grid and scores, documents, decisions, call, project. */
export default function StudyPage() {
  return (
    <PipelineOnly>
      <StudyScreen />
    </PipelineOnly>
  );
}

function StudyScreen() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, error, refetch } = useQuery(StudyDocument, { variables: { id } });
  usePipelineLive(data?.opportunityStudy.factoryId, { query: 'Study', id });
  if (!data) return <LoadState error={error} retry={refetch} />;
  const study = data.opportunityStudy;
  return (
    <>
      <title>{`${study.title} · ${t('app.name')}`}</title>
      <PipelineNav />
      <h1>{study.title}</h1>
      <p>
        {t('pipeline.study.stageLabel')}&nbsp;: <span className={`pipeline-stage pipeline-stage--${study.stage.toLowerCase()}`}>{t(`pipeline.stage.${study.stage}`)}</span>
      </p>
      <div className="pipeline-study">
        <div className="pipeline-study__main">
          <Lineage study={study} />
          <Summary study={study} />
          <ScoringGrid study={study} viewerName={data.viewer.user?.displayName ?? null} />
          <DecisionPanel study={study} />
          <CallPanel study={study} />
        </div>
        <div className="pipeline-study__side">
          <Documents study={study} />
          <Assessors study={study} />
        </div>
      </div>
    </>
  );
}

function Lineage({ study }: { study: StudyFieldsFragment }) {
  const { t } = useTranslation();
  return (
    <section className="panel" aria-labelledby="lineage-title">
      <h2 id="lineage-title">{t('pipeline.study.lineage')}</h2>
      <dl className="pipeline-facts">
        <dt>{t('pipeline.study.room')}</dt>
        <dd>{study.room ? <Link to={`/animer/${encodeURIComponent(study.room.id)}`}>{study.room.title}</Link> : study.roomTitle}</dd>
        <dt>{t('pipeline.study.idea')}</dt>
        <dd>
          {study.idea?.title ?? study.ideaTitle}
          {study.sourceIdeaIds.length > 0 && <> · {t('pipeline.study.mergedSources', { count: study.sourceIdeaIds.length })}</>}
        </dd>
        <dt>{t('pipeline.study.needs')}</dt>
        <dd>
          {study.needs.length === 0 ? (
            t('pipeline.study.noNeeds')
          ) : (
            <ul className="pipeline-inline-list">
              {study.needs.map((need) => (
                <li key={need.id}>{need.title}</li>
              ))}
            </ul>
          )}
        </dd>
        <dt>{t('pipeline.study.references')}</dt>
        <dd>
          {study.references.length === 0 ? (
            t('pipeline.study.noReferences')
          ) : (
            <ul className="pipeline-inline-list">
              {study.references.map((reference) => (
                <li key={reference.initiative.id}>
                  <Link to={recordPath(reference.initiative.id)}>{reference.initiative.name}</Link>
                  {reference.note && <> — {reference.note}</>}
                </li>
              ))}
            </ul>
          )}
        </dd>
      </dl>
    </section>
  );
}

function Summary({ study }: { study: StudyFieldsFragment }) {
  const { t } = useTranslation();
  const [summary, setSummary] = useState(study.summary);
  const [update] = useMutation(UpdateStudyDocument);
  const action = usePipelineAction();
  function submit(event: FormEvent) {
    event.preventDefault();
    void action.run(async () => (await update({ variables: { input: { id: study.id, summary } } }), t('pipeline.study.summarySaved')));
  }
  return (
    <section className="panel" aria-labelledby="summary-title">
      <h2 id="summary-title">{t('pipeline.study.summary')}</h2>
      <form className="form form--wide" onSubmit={submit}>
        <TextArea label={t('pipeline.study.summaryLabel')} rows={5} value={summary} onChange={(e) => setSummary(e.target.value)} />
        <Button type="submit" variant="secondary" busy={action.busy}>
          {t('pipeline.study.saveSummary')}
        </Button>
        <Alert tone="error">{action.error ? t(action.error) : null}</Alert>
        <Alert tone="info">{action.done}</Alert>
      </form>
    </section>
  );
}

function Documents({ study }: { study: StudyFieldsFragment }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [url, setUrl] = useState('');
  const [add] = useMutation(AddStudyDocumentDocument, refetching('Study'));
  const [remove] = useMutation(RemoveStudyDocumentDocument, refetching('Study'));
  const action = usePipelineAction();
  function submit(event: FormEvent) {
    event.preventDefault();
    void action.run(async () => {
      await add({ variables: { input: { studyId: study.id, title: title.trim(), url: url.trim() } } });
      setTitle('');
      setUrl('');
      return null;
    });
  }
  return (
    <section className="panel" aria-labelledby="documents-title">
      <h2 id="documents-title">{t('pipeline.study.documents')}</h2>
      {study.documents.length === 0 ? (
        <p>{t('pipeline.study.noDocuments')}</p>
      ) : (
        <ul className="pipeline-documents">
          {study.documents.map((doc) => (
            <li key={doc.id}>
              <a href={doc.url} target="_blank" rel="noreferrer noopener">
                {doc.title}
              </a>{' '}
              <Button variant="quiet" aria-label={t('pipeline.study.removeDocument', { title: doc.title })} busy={action.busy} onClick={() => void action.run(async () => (await remove({ variables: { id: doc.id } }), null))}>
                {t('pipeline.study.remove')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <form className="form" onSubmit={submit}>
        <TextField label={t('pipeline.study.docTitle')} value={title} onChange={(e) => setTitle(e.target.value)} required />
        <TextField label={t('pipeline.study.docUrl')} type="url" inputMode="url" value={url} onChange={(e) => setUrl(e.target.value)} required />
        <Button type="submit" variant="secondary" busy={action.busy}>
          {t('pipeline.study.addDocument')}
        </Button>
        <Alert tone="error">{action.error ? t(action.error) : null}</Alert>
      </form>
    </section>
  );
}

function Assessors({ study }: { study: StudyFieldsFragment }) {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [add] = useMutation(AddStudyAssessorDocument);
  const [remove] = useMutation(RemoveStudyAssessorDocument);
  const action = usePipelineAction();
  function submit(event: FormEvent) {
    event.preventDefault();
    void action.run(async () => {
      await add({ variables: { input: { studyId: study.id, email: email.trim() } } });
      setEmail('');
      return null;
    });
  }
  return (
    <section className="panel" aria-labelledby="assessors-title">
      <h2 id="assessors-title">{t('pipeline.study.assessors')}</h2>
      {study.assessors.length === 0 ? (
        <p>{t('pipeline.study.noAssessors')}</p>
      ) : (
        <ul className="pipeline-documents">
          {study.assessors.map((assessor) => (
            <li key={assessor.userId}>
              {assessor.displayName}{' '}
              <Button variant="quiet" aria-label={t('pipeline.study.removeAssessor', { name: assessor.displayName })} busy={action.busy} onClick={() => void action.run(async () => (await remove({ variables: { studyId: study.id, userId: assessor.userId } }), null))}>
                {t('pipeline.study.remove')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <form className="form" onSubmit={submit}>
        <TextField label={t('pipeline.study.assessorEmail')} type="email" autoComplete="off" value={email} onChange={(e) => setEmail(e.target.value)} required />
        <Button type="submit" variant="secondary" busy={action.busy}>
          {t('pipeline.study.addAssessor')}
        </Button>
        <Alert tone="error">{action.error ? t(action.error) : null}</Alert>
      </form>
    </section>
  );
}
