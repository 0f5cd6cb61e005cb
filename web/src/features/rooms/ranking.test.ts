import { describe, expect, it } from 'vitest';
import { markTies, rankByTotal } from './ranking';

const idea = (title: string, position: number, total: number | null, voters = 0) => ({ title, position, votes: { total, voters } });

describe('rankByTotal', () => {
  it('ranks with ties sharing a rank (1, 2, 2, 4), equal totals in board order', () => {
    const ranking = rankByTotal([idea('a', 1, 2), idea('b', 2, 5), idea('c', 3, 2), idea('d', 4, 1), idea('e', 5, null)]);
    expect(ranking.map((r) => [r.rank, r.item.title, r.total, r.tied])).toEqual([
      [1, 'b', 5, false],
      [2, 'a', 2, true],
      [2, 'c', 2, true],
      [4, 'd', 1, false],
      [5, 'e', 0, false],
    ]);
  });

  it('marks ties in a server ranking', () => {
    expect(markTies([{ rank: 1, tied: false }, { rank: 1, tied: false }, { rank: 3, tied: false }]).map((r) => r.tied)).toEqual([true, true, false]);
  });
});
