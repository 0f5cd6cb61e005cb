import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf } from '../../app/errors';
import type { NeedStatus } from '../../gql/graphql';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { SelectField } from '../../ui/SelectField';
import { TextArea } from '../../ui/TextArea';
import { TextField } from '../../ui/TextField';
import { hasErrors, MAX_SOURCES, validateDraft, type DraftErrors, type NeedDraft } from './needForm';

export interface NeedVocabulary {
  themes: readonly { id: string; label: string }[];
  territories: readonly { id: string; name: string }[];
}

const EDITABLE_STATUSES: readonly NeedStatus[] = ['OPEN', 'IN_PROGRESS', 'ADDRESSED'];
/** Server field errors shown beside their field; any other goes to the form's alert. */
const FIELDS = ['title', 'description', 'evidence', 'reportedBy', 'themeId', 'territoryId'] as const;

/** Creates or edits a need: statement, detail, evidence, who reported it, theme, territory, status, sources. */
export function NeedForm({ initial, vocabulary, editing, onSave, onCancel }: { initial: NeedDraft; vocabulary: NeedVocabulary; editing: boolean; onSave(draft: NeedDraft): Promise<void>; onCancel(): void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(initial);
  const [submitted, setSubmitted] = useState(false);
  const [saving, setSaving] = useState(false);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [failed, setFailed] = useState<string | null>(null);
  const errors: DraftErrors = submitted ? validateDraft(draft) : { sources: [] };

  const set = <K extends keyof NeedDraft>(key: K, value: NeedDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const setSource = (index: number, key: 'title' | 'url', value: string) =>
    setDraft((d) => ({ ...d, sources: d.sources.map((s, i) => (i === index ? { ...s, [key]: value } : s)) }));
  const fieldError = (key: (typeof FIELDS)[number]) => {
    const local = key === 'title' ? errors.title : key === 'themeId' ? errors.themeId : key === 'territoryId' ? errors.territoryId : undefined;
    return local ? t(`needs.errors.${local}`) : serverErrors[key];
  };

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSubmitted(true);
    setServerErrors({});
    setFailed(null);
    if (hasErrors(validateDraft(draft))) return;
    setSaving(true);
    try {
      await onSave(draft);
    } catch (e) {
      const fields = fieldErrorsOf(e);
      setServerErrors(fields);
      const others = Object.entries(fields).filter(([key]) => !(FIELDS as readonly string[]).includes(key));
      setFailed(others.length > 0 ? others.map(([, message]) => message).join(' ') : Object.keys(fields).length === 0 ? t('needs.saveFailed') : null);
    } finally {
      setSaving(false);
    }
  }

  return (
    <form className="form form--wide need-form" noValidate onSubmit={(e) => void onSubmit(e)} aria-labelledby="need-form-title">
      <h2 id="need-form-title">{editing ? t('needs.editTitle', { title: initial.title }) : t('needs.createTitle')}</h2>
      <TextField label={t('needs.titleLabel')} hint={t('needs.titleHint')} maxLength={200} required value={draft.title} onChange={(e) => set('title', e.target.value)} error={fieldError('title')} />
      <TextArea label={t('needs.descriptionLabel')} maxLength={10_000} value={draft.description} onChange={(e) => set('description', e.target.value)} error={fieldError('description')} />
      <TextArea label={t('needs.evidenceLabel')} hint={t('needs.evidenceHint')} maxLength={10_000} value={draft.evidence} onChange={(e) => set('evidence', e.target.value)} error={fieldError('evidence')} />
      <TextField label={t('needs.reportedByLabel')} hint={t('needs.reportedByHint')} maxLength={200} value={draft.reportedBy} onChange={(e) => set('reportedBy', e.target.value)} error={fieldError('reportedBy')} />
      <div className="field-pair">
        <SelectField label={t('needs.themeLabel')} required aria-invalid={fieldError('themeId') ? true : undefined} aria-describedby={fieldError('themeId') ? 'need-form-vocabulary-error' : undefined} value={draft.themeId} onChange={(e) => set('themeId', e.target.value)} options={[{ value: '', label: t('needs.choose') }, ...vocabulary.themes.map((theme) => ({ value: theme.id, label: theme.label }))]} />
        <SelectField label={t('needs.territoryLabel')} required aria-invalid={fieldError('territoryId') ? true : undefined} aria-describedby={fieldError('territoryId') ? 'need-form-vocabulary-error' : undefined} value={draft.territoryId} onChange={(e) => set('territoryId', e.target.value)} options={[{ value: '', label: t('needs.choose') }, ...vocabulary.territories.map((territory) => ({ value: territory.id, label: territory.name }))]} />
      </div>
      {(fieldError('themeId') || fieldError('territoryId')) && <p className="field__error" id="need-form-vocabulary-error">{[fieldError('themeId'), fieldError('territoryId')].filter(Boolean).join(' ')}</p>}
      {editing && <SelectField label={t('needs.statusLabel')} value={draft.status} onChange={(e) => set('status', e.target.value as NeedStatus)} options={EDITABLE_STATUSES.map((status) => ({ value: status, label: t(`needs.status.${status}`) }))} />}
      <fieldset className="fieldset need-form__sources">
        <legend>{t('needs.sourcesLegend', { count: draft.sources.length })}</legend>
        <p className="field__hint">{t('needs.sourcesHint')}</p>
        {draft.sources.map((source, index) => (
          // Rows have no identity of their own; index keys are fine while rows are only appended or removed by button.
          <div key={index} className="need-form__source" role="group" aria-label={t('needs.sourceGroup', { n: index + 1 })}>
            <TextField label={t('needs.sourceTitle', { n: index + 1 })} maxLength={300} value={source.title} onChange={(e) => setSource(index, 'title', e.target.value)} error={errors.sources[index]?.title ? t('needs.errors.sourceTitle') : undefined} />
            <TextField label={t('needs.sourceUrl', { n: index + 1 })} type="url" inputMode="url" maxLength={2000} value={source.url} onChange={(e) => setSource(index, 'url', e.target.value)} error={errors.sources[index]?.url ? t('needs.errors.sourceUrl') : undefined} />
            <Button variant="quiet" onClick={() => set('sources', draft.sources.filter((_, i) => i !== index))}>
              {t('needs.removeSource', { n: index + 1 })}
            </Button>
          </div>
        ))}
        {draft.sources.length < MAX_SOURCES && (
          <Button variant="secondary" onClick={() => set('sources', [...draft.sources, { title: '', url: '' }])}>
            {t('needs.addSource')}
          </Button>
        )}
      </fieldset>
      <div className="button-row">
        <Button type="submit" busy={saving}>
          {editing ? t('needs.save') : t('needs.create')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('needs.cancel')}
        </Button>
      </div>
      <Alert tone="error">{failed}</Alert>
    </form>
  );
}
