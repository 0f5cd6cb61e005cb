import { useTranslation } from 'react-i18next';
import type { TimerFieldsFragment } from '../../gql/graphql';
import { useServerOffset } from '../rooms/serverClock';
import { formatCountdown, minutesOf, remainingMs } from '../rooms/timer';
import { useNow } from '../rooms/useNow';
import { Countdown } from '../../ui/Countdown';

/** The phase countdown on the server's clock, with spoken milestones (start, pause, last minute, end). */
export function PhaseTimer({ roomId, timer }: { roomId: string; timer: TimerFieldsFragment | null }) {
  const { t } = useTranslation();
  const offset = useServerOffset(roomId);
  const running = Boolean(timer && !timer.paused);
  const now = useNow(running);
  const left = remainingMs(timer, offset, now);

  let announcement = '';
  if (timer && left !== null) {
    if (timer.paused) announcement = t('timer.announcePaused');
    else if (left <= 0) announcement = t('timer.announceEnded');
    else if (left <= 60_000) announcement = t('timer.announceLastMinute');
    else announcement = t('timer.announceStarted', { minutes: minutesOf(timer.remainingMs) });
  }

  return (
    <div className="phase-timer">
      {timer && left !== null && (
        <Countdown label={t('timer.label')} time={left <= 0 && !timer.paused ? t('timer.ended') : formatCountdown(left)} paused={timer.paused} pausedLabel={t('timer.paused')} />
      )}
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
