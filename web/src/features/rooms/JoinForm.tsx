import { useMutation } from '@apollo/client/react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { errorCodes } from '../../app/errors';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import { JoinRoomDocument } from './documents';
import { describeJoinError, type JoinErrorKey } from './roomErrors';
import { forgetSeat, lastDisplayName, normaliseRoomCode, saveSeat, seatForCode } from './seats';

type LocalError = 'welcome.codeRequired' | 'join.nameRequired';

/**
 * Code + display name → `joinRoom` → the room. Coming back with the same code from the
 * same browser sends the seat's token, so the person stays the same participant.
 */
export function JoinForm({ initialCode = '', idPrefix = 'join' }: { initialCode?: string; idPrefix?: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [joinRoom, { loading }] = useMutation(JoinRoomDocument, { fetchPolicy: 'no-cache' });
  const [code, setCode] = useState(initialCode);
  const [name, setName] = useState(() => seatForCode(initialCode)?.displayName ?? lastDisplayName());
  const [codeError, setCodeError] = useState<LocalError | JoinErrorKey | null>(null);
  const [nameError, setNameError] = useState<LocalError | JoinErrorKey | null>(null);
  const [formError, setFormError] = useState<JoinErrorKey | null>(null);
  const codeRef = useRef<HTMLInputElement>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  const known = code ? seatForCode(code) : null;

  async function join(codeValue: string, displayName: string, token: string | null): Promise<void> {
    const { data } = await joinRoom({
      variables: { input: { code: codeValue, displayName } },
      context: token ? { headers: { authorization: `Bearer ${token}` } } : {},
    });
    if (!data) throw new Error('joinRoom returned no data');
    const { room, token: newToken, participant } = data.joinRoom;
    saveSeat({ roomId: room.id, code: room.code, token: newToken, displayName: participant.displayName });
    void navigate(`/salle/${encodeURIComponent(room.id)}`);
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const normalised = normaliseRoomCode(code);
    const displayName = name.trim();
    setCodeError(normalised ? null : 'welcome.codeRequired');
    setNameError(displayName ? null : 'join.nameRequired');
    setFormError(null);
    if (!normalised) return codeRef.current?.focus();
    if (!displayName) return nameRef.current?.focus();
    const seat = seatForCode(normalised);
    try {
      try {
        await join(normalised, displayName, seat?.token ?? null);
      } catch (error) {
        // A stored token that no longer works (removed, expired): join as someone new.
        if (!seat || !errorCodes(error).includes('UNAUTHENTICATED')) throw error;
        forgetSeat(seat.roomId);
        await join(normalised, displayName, null);
      }
    } catch (error) {
      const view = describeJoinError(error);
      setFormError(view.messageKey);
      if (view.field === 'code') {
        setCodeError(view.messageKey);
        codeRef.current?.focus();
      } else if (view.field === 'displayName') {
        setNameError(view.messageKey);
        nameRef.current?.focus();
      }
    }
  }

  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-describedby={`${idPrefix}-error`}>
      <div id={`${idPrefix}-error`}>
        <Alert tone="error">{formError && !codeError && !nameError ? t(formError) : null}</Alert>
      </div>
      <TextField
        ref={codeRef}
        label={t('welcome.codeLabel')}
        hint={t('welcome.codeHint')}
        name="code"
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        enterKeyHint="next"
        maxLength={16}
        required
        value={code}
        onChange={(e) => {
          setCode(e.target.value);
          setCodeError(null);
        }}
        error={codeError ? t(codeError) : undefined}
      />
      <TextField
        ref={nameRef}
        label={t('join.nameLabel')}
        hint={t('join.nameHint')}
        name="displayName"
        autoComplete="nickname"
        enterKeyHint="go"
        maxLength={40}
        required
        value={name}
        onChange={(e) => {
          setName(e.target.value);
          setNameError(null);
        }}
        error={nameError ? t(nameError) : undefined}
      />
      {known && <p className="field__hint">{t('join.rejoinHint')}</p>}
      <div>
        <Button type="submit" busy={loading}>
          {loading ? t('join.submitting') : t('welcome.joinSubmit')}
        </Button>
      </div>
    </form>
  );
}
