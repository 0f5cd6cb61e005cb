import { scaleLinear } from '@visx/scale';

/** Pixels each tick label of the value axis needs: fewer ticks on a phone than on a desktop. */
const TICK_SPACING = 64;

/**
 * The value scale of a bar chart `width` pixels wide: from 0 to a round number at or above the largest
 * value (at least 1, so that an empty chart still has an axis), and the ticks to draw on it — only whole
 * numbers when every value is one (counts of dots or of projects have no halves).
 */
export function barScale(values: readonly number[], width: number) {
  const range = Math.max(0, width);
  const scale = scaleLinear<number>({ domain: [0, Math.max(1, ...values)], range: [0, range], nice: true, clamp: true });
  const integers = values.every(Number.isInteger);
  const wanted = Math.max(2, Math.min(10, Math.floor(range / TICK_SPACING)));
  const ticks = scale.ticks(wanted).filter((tick) => !integers || Number.isInteger(tick));
  return { scale, ticks };
}

/** How an axis tick label is anchored: the first and last stay inside the chart instead of being cut in half. */
export function tickAnchor(index: number, count: number): 'start' | 'middle' | 'end' {
  if (index === 0) return 'start';
  return index === count - 1 ? 'end' : 'middle';
}
