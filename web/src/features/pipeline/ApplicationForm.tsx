import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { TextArea } from '../../ui/TextArea';
import { TextField } from '../../ui/TextField';
import { ApplyToCallDocument } from './documents';
import { checkApplication, hasErrors, MOTIVATION_MAX, type ApplicationDraft } from './forms';
import { refetching, usePipelineAction } from './usePipelineAction';

const EMPTY: ApplicationDraft = { name: '', contact: '', motivation: '' };

/**
 * An application to a call: on the public form (anyone, while the call is open) and for facilitators
 * entering one they received otherwise. `onSent` tells what to say once it is stored.
 */
export function ApplicationForm({ callId, submitLabel, onSent }: { callId: string; submitLabel: string; onSent(name: string): string }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<ApplicationDraft>(EMPTY);
  const [shown, setShown] = useState<ReturnType<typeof checkApplication>>({});
  const [apply] = useMutation(ApplyToCallDocument, refetching('Study'));
  const action = usePipelineAction();

  function submit(event: FormEvent) {
    event.preventDefault();
    const errors = checkApplication(draft);
    setShown(errors);
    if (hasErrors(errors)) return;
    void action.run(async () => {
      const { data } = await apply({ variables: { input: { callId, name: draft.name.trim(), contact: draft.contact.trim(), motivation: draft.motivation.trim() || null } } });
      setDraft(EMPTY);
      return onSent(data?.applyToCall.name ?? draft.name);
    });
  }

  return (
    <form className="form form--wide" onSubmit={submit} noValidate>
      <TextField label={t('pipeline.apply.name')} autoComplete="name" value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} error={shown.name ? t('pipeline.apply.errors.name') : undefined} required />
      <TextField label={t('pipeline.apply.contact')} hint={t('pipeline.apply.contactHint')} autoComplete="email" inputMode="email" value={draft.contact} onChange={(e) => setDraft({ ...draft, contact: e.target.value })} error={shown.contact ? t('pipeline.apply.errors.contact') : undefined} required />
      <TextArea label={t('pipeline.apply.motivation')} rows={5} maxLength={MOTIVATION_MAX} value={draft.motivation} onChange={(e) => setDraft({ ...draft, motivation: e.target.value })} error={shown.motivation ? t('pipeline.apply.errors.motivation') : undefined} />
      <Button type="submit" busy={action.busy}>
        {submitLabel}
      </Button>
      <Alert tone="error">{action.error ? t(action.error) : null}</Alert>
      <Alert tone="info">{action.done}</Alert>
    </form>
  );
}
