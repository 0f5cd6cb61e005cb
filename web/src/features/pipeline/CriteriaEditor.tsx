import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import { ArchiveCriterionDocument, CriteriaDocument, SaveCriterionDocument } from './documents';
import { refetching, usePipelineAction } from './usePipelineAction';

/** The factory's scoring grid: add a criterion, move one up or down, take one out (its scores are kept). */
export function CriteriaEditor({ factoryId }: { factoryId: string }) {
  const { t } = useTranslation();
  const { data } = useQuery(CriteriaDocument, { variables: { factoryId } });
  const [save] = useMutation(SaveCriterionDocument, refetching('Criteria', 'Study'));
  const [archive] = useMutation(ArchiveCriterionDocument, refetching('Criteria', 'Study'));
  const [label, setLabel] = useState('');
  const [description, setDescription] = useState('');
  const action = usePipelineAction();
  const all = data?.studyCriteria ?? [];
  const active = all.filter((c) => !c.archivedAt);
  const archived = all.filter((c) => c.archivedAt);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!label.trim()) return;
    void action.run(async () => {
      await save({ variables: { input: { factoryId, label: label.trim(), description: description.trim() || null } } });
      const added = label.trim();
      setLabel('');
      setDescription('');
      return t('pipeline.criteria.added', { label: added });
    });
  }

  /** Swaps a criterion with its neighbour (one save each: positions are the grid's order). */
  function move(index: number, step: -1 | 1) {
    const a = active[index];
    const b = active[index + step];
    if (!a || !b) return;
    void action.run(async () => {
      await save({ variables: { input: { factoryId, id: a.id, label: a.label, description: a.description, position: b.position } } });
      await save({ variables: { input: { factoryId, id: b.id, label: b.label, description: b.description, position: a.position } } });
      return t('pipeline.criteria.moved', { label: a.label, position: index + step + 1 });
    });
  }

  return (
    <details className="panel pipeline-details">
      <summary>{t('pipeline.criteria.title')}</summary>
      <p className="pipeline-muted">{t('pipeline.criteria.intro')}</p>
      <ol className="pipeline-criteria-list">
        {active.map((criterion, index) => (
          <li key={criterion.id}>
            <strong>{criterion.label}</strong>
            {criterion.description && <span className="pipeline-muted"> — {criterion.description}</span>}
            <span className="button-row">
              <Button variant="quiet" disabled={index === 0} busy={action.busy} onClick={() => move(index, -1)}>
                <span aria-hidden="true">↑</span>
                <span className="visually-hidden">{t('pipeline.criteria.up', { label: criterion.label })}</span>
              </Button>
              <Button variant="quiet" disabled={index === active.length - 1} busy={action.busy} onClick={() => move(index, 1)}>
                <span aria-hidden="true">↓</span>
                <span className="visually-hidden">{t('pipeline.criteria.down', { label: criterion.label })}</span>
              </Button>
              <Button variant="quiet" busy={action.busy} aria-label={t('pipeline.criteria.archiveLabel', { label: criterion.label })} onClick={() => void action.run(async () => (await archive({ variables: { id: criterion.id } }), t('pipeline.criteria.archived', { label: criterion.label })))}>
                {t('pipeline.criteria.archive')}
              </Button>
            </span>
          </li>
        ))}
      </ol>
      {archived.length > 0 && (
        <p className="pipeline-muted">
          {t('pipeline.criteria.archivedList')}&nbsp;: {archived.map((c) => c.label).join(', ')}
        </p>
      )}
      <form className="form form--wide" onSubmit={submit}>
        <TextField label={t('pipeline.criteria.label')} value={label} onChange={(e) => setLabel(e.target.value)} required />
        <TextField label={t('pipeline.criteria.description')} value={description} onChange={(e) => setDescription(e.target.value)} />
        <Button type="submit" variant="secondary" busy={action.busy}>
          {t('pipeline.criteria.add')}
        </Button>
      </form>
      <Alert tone="error">{action.error ? t(action.error) : null}</Alert>
      <Alert tone="info">{action.done}</Alert>
    </details>
  );
}
