import type { Bar } from '../../ui/BarChart';

/** The counted steps of the funnel, in order (jobs created are told apart: not a step). */
export const FUNNEL_STEPS = ['needs', 'ideas', 'shortlisted', 'studied', 'go', 'launched'] as const;
export type FunnelStep = (typeof FUNNEL_STEPS)[number];

export type FunnelRow = Record<FunnelStep, number> & { label: string; scope: string; scopeId?: string | null; jobsCreated: number };

/** A row's key: the factory has no scope id. */
export const rowKey = (row: Pick<FunnelRow, 'scope' | 'scopeId'>) => `${row.scope}:${row.scopeId ?? ''}`;

/**
 * The bars of one funnel row: one per step, with the share of the first step kept at each one
 * ("12 (40 %)"), so that the chart reads as a funnel even when it does not narrow steadily.
 */
export function funnelBars(row: FunnelRow, stepLabel: (step: FunnelStep) => string, formatNumber: (n: number) => string, formatPercent: (ratio: number) => string): Bar[] {
  const first = row.needs;
  return FUNNEL_STEPS.map((step, index) => {
    const value = row[step];
    const share = index > 0 && first > 0 ? ` (${formatPercent(value / first)})` : '';
    return { key: step, label: stepLabel(step), value, valueText: `${formatNumber(value)}${share}` };
  });
}

/** ISO instants for a period given as two `yyyy-mm-dd` dates (the end excluded); blanks mean unbounded. */
export function periodOf(from: string, to: string): { from: string | null; to: string | null } {
  const instant = (day: string) => (/^\d{4}-\d{2}-\d{2}$/.test(day) && !Number.isNaN(Date.parse(`${day}T00:00:00Z`)) ? new Date(`${day}T00:00:00Z`).toISOString() : null);
  return { from: instant(from), to: instant(to) };
}
