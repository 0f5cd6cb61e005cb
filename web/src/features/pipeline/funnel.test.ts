import { describe, expect, it } from 'vitest';
import { funnelBars, periodOf, rowKey, type FunnelRow } from './funnel';

const row: FunnelRow = { label: 'Fabrique du Grand Nancy', scope: 'FACTORY', scopeId: null, needs: 20, ideas: 12, shortlisted: 5, studied: 4, go: 3, launched: 1, jobsCreated: 4 };
const fr = { number: new Intl.NumberFormat('fr'), percent: new Intl.NumberFormat('fr', { style: 'percent', maximumFractionDigits: 0 }) };

describe('funnelBars', () => {
  it('gives one bar per step in order, with the share of the needs after the first', () => {
    const bars = funnelBars(row, (step) => `label:${step}`, (n) => fr.number.format(n), (r) => fr.percent.format(r));
    expect(bars.map((b) => [b.key, b.label, b.value])).toEqual([
      ['needs', 'label:needs', 20],
      ['ideas', 'label:ideas', 12],
      ['shortlisted', 'label:shortlisted', 5],
      ['studied', 'label:studied', 4],
      ['go', 'label:go', 3],
      ['launched', 'label:launched', 1],
    ]);
    expect(bars[0]?.valueText).toBe('20');
    expect(bars[1]?.valueText).toBe('12 (60\u00a0%)');
    expect(bars[5]?.valueText).toBe('1 (5\u00a0%)');
  });

  it('shows no share when there is no need to compare with', () => {
    const bars = funnelBars({ ...row, needs: 0, ideas: 3 }, String, String, String);
    expect(bars.map((b) => b.valueText)).toEqual(['0', '3', '5', '4', '3', '1']);
  });
});

describe('rowKey and periodOf', () => {
  it('keys rows by scope and id', () => {
    expect(rowKey(row)).toBe('FACTORY:');
    expect(rowKey({ scope: 'COHORT', scopeId: 'Q29ob3J0OjE=' })).toBe('COHORT:Q29ob3J0OjE=');
  });

  it('turns dates into UTC instants and blanks or nonsense into no bound', () => {
    expect(periodOf('2026-01-01', '2027-01-01')).toEqual({ from: '2026-01-01T00:00:00.000Z', to: '2027-01-01T00:00:00.000Z' });
    expect(periodOf('', 'hier')).toEqual({ from: null, to: null });
    expect(periodOf('2026-02-31x', '')).toEqual({ from: null, to: null });
  });
});
