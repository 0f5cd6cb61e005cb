import type { TimerFieldsFragment } from '../../gql/graphql';

/*
 * Phase timers are counted on the server's clock: the room query returns `serverTime`, and
 * `offset = serverTime − local time at reception` turns the device clock into the server's.
 * A phone whose clock is minutes off still shows the same countdown as everyone else.
 */

/** Milliseconds to add to the local clock to read the server's. */
export function clockOffset(serverTime: string, receivedAt: number): number {
  const server = Date.parse(serverTime);
  return Number.isFinite(server) ? server - receivedAt : 0;
}

/** Milliseconds left on the timer at local time `now` (null without a timer); never negative. */
export function remainingMs(timer: Pick<TimerFieldsFragment, 'endsAt' | 'remainingMs' | 'paused'> | null | undefined, offset: number, now: number): number | null {
  if (!timer) return null;
  if (timer.paused || !timer.endsAt) return Math.max(0, timer.remainingMs);
  const endsAt = Date.parse(timer.endsAt);
  if (!Number.isFinite(endsAt)) return Math.max(0, timer.remainingMs);
  return Math.max(0, endsAt - (now + offset));
}

/** `m:ss` (or `h:mm:ss`), rounding up so that "0:00" means the time is over. */
export function formatCountdown(ms: number): string {
  const total = Math.ceil(Math.max(0, ms) / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const ss = String(seconds).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${ss}` : `${minutes}:${ss}`;
}

/** Whole minutes, rounded up: what a person hears ("5 minutes") when a timer starts. */
export function minutesOf(ms: number): number {
  return Math.max(1, Math.ceil(ms / 60_000));
}
