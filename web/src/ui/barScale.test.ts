import { describe, expect, it } from 'vitest';
import { barScale, tickAnchor } from './barScale';

describe('barScale', () => {
  it('maps 0 to the left edge and the largest value to the right edge, rounded up to a nice number', () => {
    const { scale } = barScale([3, 7, 19], 300);
    expect(scale(0)).toBe(0);
    expect(scale.domain()).toEqual([0, 20]);
    expect(scale(20)).toBe(300);
    expect(scale(10)).toBe(150);
  });

  it('keeps whole ticks for counts, even when the largest count is small', () => {
    expect(barScale([1], 600).ticks).toEqual([0, 1]);
    expect(barScale([2, 3], 600).ticks).toEqual([0, 1, 2, 3]);
  });

  it('keeps fractional ticks when values are fractional', () => {
    expect(barScale([0.5, 1], 600).ticks).toContain(0.5);
  });

  it('draws fewer ticks on a phone than on a desktop', () => {
    const phone = barScale([100], 280).ticks;
    const desktop = barScale([100], 900).ticks;
    expect(phone.length).toBeLessThan(desktop.length);
    expect(phone.length).toBeGreaterThanOrEqual(2);
    expect(phone[0]).toBe(0);
    expect(phone.at(-1)).toBe(100);
  });

  it('has an axis from 0 to 1 when there is nothing to count, and clamps out-of-range values', () => {
    const { scale, ticks } = barScale([], 200);
    expect(scale.domain()).toEqual([0, 1]);
    expect(ticks).toEqual([0, 1]);
    expect(scale(-3)).toBe(0);
    expect(barScale([0, 0], 0).scale(0)).toBe(0);
  });
});

describe('tickAnchor', () => {
  it('anchors the first label at its start, the last at its end, the others in the middle', () => {
    expect([0, 1, 2, 3].map((i) => tickAnchor(i, 4))).toEqual(['start', 'middle', 'middle', 'end']);
    expect(tickAnchor(0, 1)).toBe('start');
  });
});
