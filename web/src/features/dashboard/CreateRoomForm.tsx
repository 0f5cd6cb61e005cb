import { useMutation } from '@apollo/client/react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { fieldErrorsOf } from '../../app/errors';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Checkbox } from '../../ui/Checkbox';
import { TextArea } from '../../ui/TextArea';
import { TextField } from '../../ui/TextField';
import { describeActionError, type ActionErrorKey } from '../rooms/roomErrors';
import { CreateRoomDocument } from './documents';

interface Need {
  id: string;
  title: string;
}

const FLAGS = ['hiddenTallies', 'anonymousIdeas', 'privateWriting', 'allowLateIdeas', 'facilitatorsVote'] as const;
type Flag = (typeof FLAGS)[number];

/** Title, purpose, needs and rules of a new room; opens its console once created. */
export function CreateRoomForm({ factoryId, needs }: { factoryId: string; needs: readonly Need[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [createRoom, { loading }] = useMutation(CreateRoomDocument, { fetchPolicy: 'no-cache' });
  const [title, setTitle] = useState('');
  const [purpose, setPurpose] = useState('');
  const [needIds, setNeedIds] = useState<string[]>([]);
  const [votes, setVotes] = useState('5');
  const [perIdea, setPerIdea] = useState('2');
  const [flags, setFlags] = useState<Record<Flag, boolean>>({ hiddenTallies: true, anonymousIdeas: false, privateWriting: false, allowLateIdeas: false, facilitatorsVote: false });
  const [titleError, setTitleError] = useState(false);
  const [votesError, setVotesError] = useState(false);
  const [error, setError] = useState<ActionErrorKey | null>(null);
  const titleRef = useRef<HTMLInputElement>(null);
  const votesRef = useRef<HTMLInputElement>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const name = title.trim();
    const perPerson = Number(votes);
    const cap = Number(perIdea);
    const badTitle = name.length < 3 || name.length > 120;
    const badVotes = !Number.isInteger(perPerson) || !Number.isInteger(cap) || perPerson < 1 || perPerson > 100 || cap < 1 || cap > perPerson;
    setTitleError(badTitle);
    setVotesError(badVotes);
    setError(null);
    if (badTitle) return titleRef.current?.focus();
    if (badVotes) return votesRef.current?.focus();
    try {
      const { data } = await createRoom({
        variables: { input: { factoryId, title: name, purpose: purpose.trim() || null, needIds, settings: { votesPerParticipant: perPerson, maxVotesPerIdea: cap, ...flags } } },
      });
      if (data) void navigate(`/animer/${encodeURIComponent(data.createRoom.id)}`);
    } catch (e) {
      const fields = fieldErrorsOf(e);
      if (fields['title']) setTitleError(true);
      if (fields['maxVotesPerIdea'] || fields['votesPerParticipant']) setVotesError(true);
      setError(describeActionError(e));
    }
  }

  return (
    <form className="form form--wide" noValidate onSubmit={onSubmit}>
      <TextField ref={titleRef} label={t('rooms.titleLabel')} hint={t('rooms.titleHint')} name="title" maxLength={120} required value={title} onChange={(e) => setTitle(e.target.value)} error={titleError ? t('rooms.titleRequired') : undefined} />
      <TextArea label={t('rooms.purposeLabel')} name="purpose" maxLength={2000} value={purpose} onChange={(e) => setPurpose(e.target.value)} />
      <fieldset className="fieldset">
        <legend>{t('rooms.needsLegend')}</legend>
        {needs.length === 0 ? (
          <p className="field__hint">{t('rooms.noNeeds')}</p>
        ) : (
          needs.map((need) => (
            <Checkbox
              key={need.id}
              label={need.title}
              checked={needIds.includes(need.id)}
              onChange={(e) => setNeedIds((ids) => (e.target.checked ? [...ids, need.id] : ids.filter((id) => id !== need.id)))}
            />
          ))
        )}
      </fieldset>
      <fieldset className="fieldset">
        <legend>{t('rooms.rulesLegend')}</legend>
        <div className="field-pair">
          <TextField ref={votesRef} label={t('rooms.votesPerParticipant')} name="votesPerParticipant" type="number" inputMode="numeric" min={1} max={100} value={votes} onChange={(e) => setVotes(e.target.value)} error={votesError ? t('rooms.votesInvalid') : undefined} />
          <TextField label={t('rooms.maxVotesPerIdea')} name="maxVotesPerIdea" type="number" inputMode="numeric" min={1} max={100} value={perIdea} onChange={(e) => setPerIdea(e.target.value)} />
        </div>
        {FLAGS.map((flag) => (
          <Checkbox key={flag} label={t(`rooms.${flag}`)} checked={flags[flag]} onChange={(e) => setFlags((f) => ({ ...f, [flag]: e.target.checked }))} />
        ))}
      </fieldset>
      <div>
        <Button type="submit" busy={loading}>
          {loading ? t('rooms.creating') : t('rooms.create')}
        </Button>
      </div>
      <Alert tone="error">{error ? `${t('rooms.createFailed')} ${t(error)}` : null}</Alert>
    </form>
  );
}
