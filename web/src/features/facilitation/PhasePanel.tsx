import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Phase, TimerAction } from '../../gql/graphql';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Stepper } from '../../ui/Stepper';
import { TextField } from '../../ui/TextField';
import { PhaseTimer } from '../board/PhaseTimer';
import { PHASES } from '../rooms/phases';
import { ChangeTimerDocument, SetPhaseDocument } from './documents';
import { useAction, type ConsoleRoom } from './useAction';

/** Phase stepper (any step, previous, next). */
export function PhasePanel({ room }: { room: ConsoleRoom }) {
  const { t } = useTranslation();
  const { client, busy, error, done, run, apply } = useAction(room.id);

  const go = (phase: Phase) =>
    run(async () => {
      const { data } = await client.mutate({ mutation: SetPhaseDocument, variables: { roomId: room.id, phase }, fetchPolicy: 'no-cache' });
      if (data) apply({ __typename: 'PhaseChanged', phase: data.setPhase.phase, timer: data.setPhase.timer });
      return t('console.phaseChanged', { phase: t(`phase.${phase}`) });
    });

  return (
    <section className="panel console__section" aria-labelledby="steps-title">
      <h2 id="steps-title">{t('console.stepsTitle')}</h2>
      <Stepper
        label={t('console.stepsLabel')}
        steps={PHASES.map((p) => ({ key: p, label: t(`phase.${p}`) }))}
        current={room.phase}
        goToLabel={(step) => t('console.goTo', { phase: step.label })}
        currentLabel={t('console.current')}
        previousLabel={t('console.previous')}
        nextLabel={t('console.next')}
        busy={busy}
        onSelect={(key) => void go(key as Phase)}
      />
      <Alert tone="error">{error ? t(error) : null}</Alert>
      <Alert tone="info">{done}</Alert>
    </section>
  );
}

/** The phase timer: start N minutes, pause, resume, +1 min, stop. */
export function TimerPanel({ room }: { room: ConsoleRoom }) {
  const { t } = useTranslation();
  const { client, busy, error, run, apply } = useAction(room.id);
  const [minutes, setMinutes] = useState('5');
  const timer = room.timer;
  const validMinutes = Number(minutes) >= 1 && Number(minutes) <= 24 * 60;

  const change = (action: TimerAction, seconds?: number) =>
    run(async () => {
      const { data } = await client.mutate({ mutation: ChangeTimerDocument, variables: { roomId: room.id, action, seconds: seconds ?? null }, fetchPolicy: 'no-cache' });
      if (data) apply({ __typename: 'TimerChanged', timer: data.changeTimer.timer });
    });

  return (
    <section className="panel console__section" aria-labelledby="timer-title">
      <h2 id="timer-title">{t('console.timerTitle')}</h2>
      {timer ? <PhaseTimer roomId={room.id} timer={timer} /> : <p>{t('console.noTimer')}</p>}
      <form
        className="timer-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (validMinutes) void change('START', Math.round(Number(minutes) * 60));
        }}
      >
        <TextField label={t('console.minutesLabel')} name="minutes" type="number" inputMode="numeric" min={1} max={1440} step={1} value={minutes} onChange={(e) => setMinutes(e.target.value)} className="timer-form__minutes" />
        <Button type="submit" busy={busy} disabled={!validMinutes}>
          {t('console.start')}
        </Button>
      </form>
      <div className="button-row">
        <Button variant="secondary" disabled={busy || !timer || timer.paused} onClick={() => void change('PAUSE')}>
          {t('console.pause')}
        </Button>
        <Button variant="secondary" disabled={busy || !timer?.paused} onClick={() => void change('RESUME')}>
          {t('console.resume')}
        </Button>
        <Button variant="secondary" disabled={busy || !timer} onClick={() => void change('EXTEND', 60)}>
          {t('console.extend')}
          <span className="visually-hidden"> ({t('console.extendLabel')})</span>
        </Button>
        <Button variant="quiet" disabled={busy || !timer} onClick={() => void change('CLEAR')}>
          {t('console.clear')}
        </Button>
      </div>
      <Alert tone="error">{error ? t(error) : null}</Alert>
    </section>
  );
}
