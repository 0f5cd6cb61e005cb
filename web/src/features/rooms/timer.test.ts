import { describe, expect, it } from 'vitest';
import { clockOffset, formatCountdown, minutesOf, remainingMs } from './timer';

describe('phase timer on the server clock', () => {
  const serverNow = Date.parse('2026-11-26T10:00:00.000Z');

  it('measures how far the device clock is from the server’s', () => {
    // The device is 90 s behind the server.
    expect(clockOffset('2026-11-26T10:00:00.000Z', serverNow - 90_000)).toBe(90_000);
    expect(clockOffset('2026-11-26T10:00:00.000Z', serverNow + 5_000)).toBe(-5_000);
    expect(clockOffset('not a date', serverNow)).toBe(0);
  });

  it('counts down from endsAt on the server clock, whatever the device clock says', () => {
    const timer = { endsAt: '2026-11-26T10:05:00.000Z', remainingMs: 300_000, paused: false };
    // Two devices, one 2 minutes late and one 1 minute early, at the same real instant.
    const late = serverNow - 120_000;
    const early = serverNow + 60_000;
    expect(remainingMs(timer, clockOffset('2026-11-26T10:00:00.000Z', late), late)).toBe(300_000);
    expect(remainingMs(timer, clockOffset('2026-11-26T10:00:00.000Z', early), early)).toBe(300_000);
    // 30 s later on the device.
    expect(remainingMs(timer, 120_000, late + 30_000)).toBe(270_000);
  });

  it('never goes below zero, and shows the frozen time while paused', () => {
    expect(remainingMs({ endsAt: '2026-11-26T09:59:00.000Z', remainingMs: 0, paused: false }, 0, serverNow)).toBe(0);
    expect(remainingMs({ endsAt: null, remainingMs: 42_000, paused: true }, 123_456, serverNow)).toBe(42_000);
    expect(remainingMs(null, 0, serverNow)).toBeNull();
  });

  it('formats the countdown, rounding up to the second', () => {
    expect(formatCountdown(300_000)).toBe('5:00');
    expect(formatCountdown(299_001)).toBe('5:00');
    expect(formatCountdown(59_000)).toBe('0:59');
    expect(formatCountdown(1)).toBe('0:01');
    expect(formatCountdown(0)).toBe('0:00');
    expect(formatCountdown(3_725_000)).toBe('1:02:05');
    expect(minutesOf(300_000)).toBe(5);
    expect(minutesOf(61_000)).toBe(2);
    expect(minutesOf(5_000)).toBe(1);
  });
});
