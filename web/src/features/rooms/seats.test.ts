import { describe, expect, it } from 'vitest';
import { forgetSeat, lastDisplayName, normaliseRoomCode, saveSeat, seatForCode, seatForRoom, SEATS_KEY, type SeatStorage } from './seats';

function memory(initial: Record<string, string> = {}): SeatStorage & { data: Record<string, string> } {
  const data = { ...initial };
  return {
    data,
    getItem: (k) => data[k] ?? null,
    setItem: (k, v) => {
      data[k] = v;
    },
    removeItem: (k) => {
      delete data[k];
    },
  };
}

describe('seats', () => {
  it('normalises codes like the API', () => {
    expect(normaliseRoomCode(' kx4-29 ab ')).toBe('KX429AB');
  });

  it('keeps one token per room, found again by room or by code', () => {
    const storage = memory();
    saveSeat({ roomId: 'R1', code: 'abc-234', token: 't1', displayName: 'Awa' }, storage);
    saveSeat({ roomId: 'R2', code: 'XYZ789', token: 't2', displayName: 'Awa D.' }, storage);
    expect(seatForRoom('R1', storage)?.token).toBe('t1');
    expect(seatForCode('abc 234', storage)?.roomId).toBe('R1');
    expect(lastDisplayName(storage)).toBe('Awa D.');
    saveSeat({ roomId: 'R1', code: 'ABC234', token: 't1b', displayName: 'Awa' }, storage);
    expect(seatForRoom('R1', storage)?.token).toBe('t1b');
    forgetSeat('R1', storage);
    expect(seatForRoom('R1', storage)).toBeNull();
    expect(seatForRoom('R2', storage)?.token).toBe('t2');
  });

  it('survives unreadable or foreign storage content', () => {
    expect(seatForRoom('R1', memory({ [SEATS_KEY]: '{not json' }))).toBeNull();
    expect(seatForRoom('R1', memory({ [SEATS_KEY]: JSON.stringify({ R1: { token: 3 } }) }))).toBeNull();
    expect(seatForRoom('R1', undefined)).toBeNull();
  });
});
