/**
 * A participant's seat in a room: the token `joinRoom` returned, kept in this browser so
 * that coming back (a reload, a link, the code typed again) continues as the same person.
 * One entry per room; the last display name is remembered for the next join form.
 */
export interface Seat {
  roomId: string;
  /** The join code, normalised, to find the seat again when the code is typed. */
  code: string;
  token: string;
  displayName: string;
}

export type SeatStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export const SEATS_KEY = 'germoir.seats';
export const NAME_KEY = 'germoir.displayName';

/** What a person typed, made comparable like the API does: upper case, no spaces or dashes. */
export function normaliseRoomCode(raw: string): string {
  return raw.toUpperCase().replace(/[\s-]/g, '');
}

function browserStorage(): SeatStorage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.localStorage;
  } catch {
    return undefined;
  }
}

function readAll(storage: SeatStorage | undefined): Record<string, Seat> {
  try {
    const raw = storage?.getItem(SEATS_KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    if (!parsed || typeof parsed !== 'object') return {};
    const seats: Record<string, Seat> = {};
    for (const [roomId, value] of Object.entries(parsed as Record<string, unknown>)) {
      const seat = value as Partial<Seat> | null;
      if (seat && typeof seat.token === 'string' && typeof seat.code === 'string' && typeof seat.displayName === 'string') {
        seats[roomId] = { roomId, code: seat.code, token: seat.token, displayName: seat.displayName };
      }
    }
    return seats;
  } catch {
    return {};
  }
}

function writeAll(storage: SeatStorage | undefined, seats: Record<string, Seat>) {
  try {
    storage?.setItem(SEATS_KEY, JSON.stringify(seats));
  } catch {
    // Storage full or forbidden: the seat holds for this visit only.
  }
}

export function seatForRoom(roomId: string, storage = browserStorage()): Seat | null {
  return readAll(storage)[roomId] ?? null;
}

export function seatForCode(code: string, storage = browserStorage()): Seat | null {
  const wanted = normaliseRoomCode(code);
  return Object.values(readAll(storage)).find((seat) => seat.code === wanted) ?? null;
}

export function saveSeat(seat: Seat, storage = browserStorage()): void {
  const seats = readAll(storage);
  seats[seat.roomId] = { ...seat, code: normaliseRoomCode(seat.code) };
  writeAll(storage, seats);
  try {
    storage?.setItem(NAME_KEY, seat.displayName);
  } catch {
    // see above
  }
}

export function forgetSeat(roomId: string, storage = browserStorage()): void {
  const seats = readAll(storage);
  if (!(roomId in seats)) return;
  delete seats[roomId];
  writeAll(storage, seats);
}

export function lastDisplayName(storage = browserStorage()): string {
  try {
    return storage?.getItem(NAME_KEY) ?? '';
  } catch {
    return '';
  }
}
