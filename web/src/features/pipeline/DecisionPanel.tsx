import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DecisionOutcome, StudyFieldsFragment } from '../../gql/graphql';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { TextArea } from '../../ui/TextArea';
import { TextField } from '../../ui/TextField';
import { RecordDecisionDocument } from './documents';
import { formatLocalDate } from '../../ui/format';
import { checkDecision, hasErrors, membersOf, today, type DecisionDraft } from './forms';
import { refetching, usePipelineAction } from './usePipelineAction';

const OUTCOMES = ['GO', 'REWORK', 'NO_GO'] as const satisfies readonly DecisionOutcome[];

/** Records a steering decision (never edited: a new one supersedes) and shows the log, newest first. */
export function DecisionPanel({ study }: { study: StudyFieldsFragment }) {
  const { t, i18n } = useTranslation();
  const [draft, setDraft] = useState<DecisionDraft>({ outcome: 'GO', date: today(), members: '', rationale: '' });
  const [shown, setShown] = useState<ReturnType<typeof checkDecision>>({});
  const [record] = useMutation(RecordDecisionDocument, refetching('Study'));
  const action = usePipelineAction();
  const log = [...study.decisions].sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1));

  function submit(event: FormEvent) {
    event.preventDefault();
    const errors = checkDecision(draft);
    setShown(errors);
    if (hasErrors(errors)) return;
    void action.run(async () => {
      await record({ variables: { input: { studyId: study.id, outcome: draft.outcome, decidedOn: draft.date, members: membersOf(draft.members), rationale: draft.rationale.trim() } } });
      setDraft({ outcome: 'GO', date: today(), members: '', rationale: '' });
      return t('pipeline.decision.recorded');
    });
  }

  return (
    <section className="panel" aria-labelledby="decision-title">
      <h2 id="decision-title">{t('pipeline.decision.title')}</h2>
      <p className="pipeline-muted">{t('pipeline.decision.immutable')}</p>
      <form className="form form--wide" onSubmit={submit} noValidate>
        <fieldset className="fieldset">
          <legend>{t('pipeline.decision.outcome')}</legend>
          {OUTCOMES.map((outcome) => (
            <label key={outcome} className="radio">
              <input type="radio" name="decision-outcome" value={outcome} checked={draft.outcome === outcome} onChange={() => setDraft({ ...draft, outcome })} /> {t(`pipeline.outcome.${outcome}`)}
            </label>
          ))}
        </fieldset>
        <TextField type="date" label={t('pipeline.decision.date')} value={draft.date} onChange={(e) => setDraft({ ...draft, date: e.target.value })} error={shown.date ? t('pipeline.decision.errors.date') : undefined} required />
        <TextArea label={t('pipeline.decision.members')} value={draft.members} onChange={(e) => setDraft({ ...draft, members: e.target.value })} error={shown.members ? t('pipeline.decision.errors.members') : undefined} required />
        <TextArea label={t('pipeline.decision.rationale')} value={draft.rationale} onChange={(e) => setDraft({ ...draft, rationale: e.target.value })} error={shown.rationale ? t('pipeline.decision.errors.rationale') : undefined} required />
        <Button type="submit" busy={action.busy}>
          {t('pipeline.decision.record')}
        </Button>
        <Alert tone="error">{action.error ? t(action.error) : null}</Alert>
        <Alert tone="info">{action.done}</Alert>
      </form>
      <h3>{t('pipeline.decision.log')}</h3>
      {log.length === 0 ? (
        <p>{t('pipeline.decision.noDecision')}</p>
      ) : (
        <ol className="pipeline-log" reversed>
          {log.map((decision) => {
            const superseded = decision.supersededBy != null;
            return (
              <li key={decision.id} className={superseded ? 'pipeline-log__item pipeline-log__item--superseded' : 'pipeline-log__item'}>
                <p className="pipeline-log__head">
                  <span className={`pipeline-outcome pipeline-outcome--${decision.outcome.toLowerCase()}`}>{t(`pipeline.outcome.${decision.outcome}`)}</span>{' '}
                  <span className="tag">{superseded ? t('pipeline.decision.superseded') : t('pipeline.decision.inForce')}</span> {t('pipeline.decision.decidedOn', { date: formatLocalDate(decision.decidedOn, i18n.language) })}
                </p>
                <p>{decision.rationale}</p>
                <p className="pipeline-muted">
                  {t('pipeline.decision.membersPresent', { members: decision.members.join(', ') })} · {t('pipeline.decision.by', { name: decision.recordedByName })}
                </p>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
