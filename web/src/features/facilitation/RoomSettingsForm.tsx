import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf } from '../../app/errors';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Checkbox } from '../../ui/Checkbox';
import { TextField } from '../../ui/TextField';
import { UpdateRoomDocument } from './documents';
import { settingsEventOf, useAction, type ConsoleRoom } from './useAction';

type Settings = Omit<ConsoleRoom['settings'], '__typename'>;
const FLAGS = ['hiddenTallies', 'allowLateIdeas', 'facilitatorsVote', 'anonymousIdeas', 'privateWriting'] as const;
/** Who sees whose ideas: changing it once ideas are written would change what people already saw. */
const FIXED_ONCE_IDEAS_EXIST: ReadonlySet<string> = new Set(['anonymousIdeas', 'privateWriting']);

const validDots = (perPerson: number, perIdea: number) =>
  Number.isInteger(perPerson) && Number.isInteger(perIdea) && perPerson >= 1 && perPerson <= 100 && perIdea >= 1 && perIdea <= perPerson;

/**
 * The room's rules after creation (dots, hidden tallies, late ideas…). Untouched, the form shows the
 * room's current rules, live; once edited it keeps the draft until saved or reset. Saving tells the
 * room (`RoomSettingsChanged`), and participants' boards follow.
 */
export function RoomSettingsForm({ room }: { room: ConsoleRoom }) {
  const { t } = useTranslation();
  const { client, busy, error, done, run, apply } = useAction(room.id);
  const [draft, setDraft] = useState<{ settings: Settings; perPerson: string; perIdea: string } | null>(null);
  const [dotsError, setDotsError] = useState(false);
  const current = { settings: room.settings, perPerson: String(room.settings.votesPerParticipant), perIdea: String(room.settings.maxVotesPerIdea) };
  const form = draft ?? current;
  const change = (next: Partial<typeof form>) => setDraft({ ...form, ...next });
  const fixed = room.ideas.length > 0;

  const save = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const perPerson = Number(form.perPerson);
    const perIdea = Number(form.perIdea);
    setDotsError(!validDots(perPerson, perIdea));
    if (!validDots(perPerson, perIdea)) return;
    const flags = Object.fromEntries(FLAGS.filter((f) => !(fixed && FIXED_ONCE_IDEAS_EXIST.has(f))).map((f) => [f, form.settings[f]]));
    void run(async () => {
      try {
        const { data } = await client.mutate({
          mutation: UpdateRoomDocument,
          variables: { input: { roomId: room.id, settings: { ...flags, votesPerParticipant: perPerson, maxVotesPerIdea: perIdea } } },
          fetchPolicy: 'no-cache',
        });
        if (data) apply(settingsEventOf(data.updateRoom));
      } catch (e) {
        const fields = fieldErrorsOf(e);
        if (fields['maxVotesPerIdea'] || fields['votesPerParticipant']) setDotsError(true);
        throw e;
      }
      setDraft(null);
      return t('facilitation.settings.saved');
    });
  };

  return (
    <details className="settings-form">
      <summary>{t('facilitation.settings.open')}</summary>
      <form className="form" noValidate onSubmit={save}>
        <div className="field-pair">
          <TextField
            label={t('rooms.votesPerParticipant')}
            name="votesPerParticipant"
            type="number"
            inputMode="numeric"
            min={1}
            max={100}
            value={form.perPerson}
            onChange={(e) => change({ perPerson: e.target.value })}
            error={dotsError ? t('rooms.votesInvalid') : undefined}
          />
          <TextField label={t('rooms.maxVotesPerIdea')} name="maxVotesPerIdea" type="number" inputMode="numeric" min={1} max={100} value={form.perIdea} onChange={(e) => change({ perIdea: e.target.value })} />
        </div>
        {FLAGS.map((flag) => (
          <Checkbox
            key={flag}
            label={t(`rooms.${flag}`)}
            checked={form.settings[flag]}
            disabled={fixed && FIXED_ONCE_IDEAS_EXIST.has(flag)}
            onChange={(e) => change({ settings: { ...form.settings, [flag]: e.target.checked } })}
          />
        ))}
        {fixed && <p className="field__hint">{t('facilitation.settings.fixedHint')}</p>}
        <div className="button-row">
          <Button type="submit" busy={busy} disabled={!draft}>
            {t('facilitation.settings.save')}
          </Button>
          {draft && (
            <Button variant="quiet" onClick={() => (setDraft(null), setDotsError(false))}>
              {t('facilitation.settings.reset')}
            </Button>
          )}
        </div>
        <Alert tone="error">{error ? t(error) : null}</Alert>
        <Alert tone="info">{done}</Alert>
      </form>
    </details>
  );
}
