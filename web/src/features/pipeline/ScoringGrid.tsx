import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { StudyFieldsFragment } from '../../gql/graphql';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { SelectField } from '../../ui/SelectField';
import { TextArea } from '../../ui/TextArea';
import { ScoreStudyDocument } from './documents';
import { formatScore } from './format';
import { applyBoardStudy } from './pipelineCache';
import { usePipelineAction } from './usePipelineAction';

type CriterionResult = StudyFieldsFragment['grid']['criteria'][number];
type Aggregate = Pick<CriterionResult, 'count' | 'average' | 'spread'> & { min?: number | null; max?: number | null };

const SCORES = ['0', '1', '2', '3', '4', '5'] as const;

/** Count, average and spread of a criterion's scores, in words. */
function AggregateText({ value }: { value: Aggregate }) {
  const { t, i18n } = useTranslation();
  if (value.count === 0 || value.average == null) return <>{t('pipeline.grid.none')}</>;
  const parts = [t('pipeline.grid.average', { value: formatScore(value.average, i18n.language) }), t('pipeline.grid.spread', { value: formatScore(value.spread ?? 0, i18n.language) })];
  if (value.min != null && value.max != null) parts.push(t('pipeline.grid.range', { min: value.min, max: value.max }));
  return (
    <>
      <strong>{t('pipeline.grid.count', { count: value.count })}</strong> · {parts.join(' · ')}
    </>
  );
}

/** The study's scoring grid: per criterion the assessors' and the room's aggregates, the detailed scores, and the viewer's own score. */
export function ScoringGrid({ study, viewerName }: { study: StudyFieldsFragment; viewerName: string | null }) {
  const { t, i18n } = useTranslation();
  const overall = study.grid.overall;
  return (
    <section className="panel" aria-labelledby="grid-title">
      <h2 id="grid-title">{t('pipeline.grid.title')}</h2>
      <p className="pipeline-overall">{overall != null ? t('pipeline.grid.overall', { score: formatScore(overall, i18n.language) }) : t('pipeline.grid.noOverall')}</p>
      <div className="pipeline-table-wrap">
        <table className="pipeline-table">
          <thead>
            <tr>
              <th scope="col">{t('pipeline.grid.criterion')}</th>
              <th scope="col">{t('pipeline.grid.assessorsCol')}</th>
              <th scope="col">{t('pipeline.grid.roomCol')}</th>
            </tr>
          </thead>
          <tbody>
            {study.grid.criteria.map((row) => (
              <tr key={row.criterion.id}>
                <th scope="row">{row.criterion.label}</th>
                <td>
                  <AggregateText value={row} />
                </td>
                <td>
                  <AggregateText value={row.room} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul className="pipeline-criteria">
        {study.grid.criteria.map((row) => (
          <li key={row.criterion.id} className="pipeline-criterion">
            <h3>{row.criterion.label}</h3>
            {row.criterion.description && <p className="pipeline-muted">{row.criterion.description}</p>}
            {row.scores.length > 0 && (
              <ul className="pipeline-scores" aria-label={`${t('pipeline.grid.scoresOf')} : ${row.criterion.label}`}>
                {row.scores.map((score) => (
                  <li key={score.assessorName}>
                    <strong>{t('pipeline.grid.scoreBy', { name: score.assessorName, score: score.score })}</strong>
                    {score.comment && <> — {score.comment}</>}
                  </li>
                ))}
              </ul>
            )}
            <ScoreForm studyId={study.id} row={row} mine={row.scores.find((s) => s.assessorName === viewerName) ?? null} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function ScoreForm({ studyId, row, mine }: { studyId: string; row: CriterionResult; mine: { score: number; comment: string } | null }) {
  const { t } = useTranslation();
  const [score, setScore] = useState(mine ? String(mine.score) : '3');
  const [comment, setComment] = useState(mine?.comment ?? '');
  const [scoreStudy] = useMutation(ScoreStudyDocument, { update: (cache, { data }) => data && applyBoardStudy(cache, data.scoreStudy) });
  const action = usePipelineAction();
  const label = row.criterion.label;

  function submit(event: FormEvent) {
    event.preventDefault();
    void action.run(async () => {
      await scoreStudy({ variables: { input: { studyId, criterionId: row.criterion.id, score: Number(score), comment: comment.trim() || null } } });
      return t('pipeline.grid.saved', { criterion: label });
    });
  }

  return (
    <form className="pipeline-score-form" onSubmit={submit} noValidate>
      <SelectField label={t('pipeline.grid.scoreLabel', { criterion: label })} options={SCORES.map((value) => ({ value, label: t(`pipeline.grid.scoreValue.${value}`) }))} value={score} onChange={(e) => setScore(e.target.value)} />
      <TextArea label={t('pipeline.grid.commentLabel', { criterion: label })} rows={2} value={comment} onChange={(e) => setComment(e.target.value)} />
      <Button type="submit" variant="secondary" busy={action.busy}>
        {t('pipeline.grid.save')}
      </Button>
      <Alert tone="error">{action.error ? t(action.error) : null}</Alert>
      <Alert tone="info">{action.done}</Alert>
    </form>
  );
}
