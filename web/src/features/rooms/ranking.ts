/** One idea in a ranking. */
export interface Ranked<T> {
  rank: number;
  /** True when another idea shares the rank. */
  tied: boolean;
  item: T;
  total: number;
  voters: number;
}

/**
 * Ranks ideas by dots, most first, ties sharing a rank (1, 2, 2, 4…), equal totals kept
 * in board order — the same rule as the API's `Room.results`. Used where the tallies are
 * live in the cache (the facilitator's console), so the chart follows every vote.
 */
export function rankByTotal<T extends { position: number; votes: { total: number | null; voters: number | null } }>(ideas: readonly T[]): Ranked<T>[] {
  const sorted = [...ideas].sort((a, b) => (b.votes.total ?? 0) - (a.votes.total ?? 0) || a.position - b.position);
  const ranked: Ranked<T>[] = [];
  sorted.forEach((item, i) => {
    const total = item.votes.total ?? 0;
    const previous = ranked[i - 1];
    const rank = previous && previous.total === total ? previous.rank : i + 1;
    ranked.push({ rank, tied: false, item, total, voters: item.votes.voters ?? 0 });
  });
  return markTies(ranked);
}

/** Flags the entries whose rank is shared. */
export function markTies<R extends { rank: number; tied: boolean }>(ranking: readonly R[]): R[] {
  const counts = new Map<number, number>();
  for (const r of ranking) counts.set(r.rank, (counts.get(r.rank) ?? 0) + 1);
  return ranking.map((r) => ({ ...r, tied: (counts.get(r.rank) ?? 0) > 1 }));
}
