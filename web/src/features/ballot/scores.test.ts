import { describe, expect, it } from 'vitest';
import { ballotKey, savedScores, shownScore } from './scores';

describe('room ballot scores', () => {
  const ballots = [
    { studyId: 's1', myScores: [{ criterionId: 'c1', score: 4 }, { criterionId: 'c2', score: 0 }] },
    { studyId: 's2', myScores: [{ criterionId: 'c1', score: 2 }] },
  ];

  it('prefills each study’s criteria from the viewer’s scores, keyed by study and criterion', () => {
    expect(savedScores(ballots)).toEqual({ 's1:c1': 4, 's1:c2': 0, 's2:c1': 2 });
  });

  it('ignores a score outside 0–5', () => {
    expect(savedScores([{ studyId: 's', myScores: [{ criterionId: 'c', score: 7 }, { criterionId: 'd', score: 2.5 }] }])).toEqual({});
  });

  it('shows the latest choice first, then the saved score (0 included), else nothing', () => {
    const saved = savedScores(ballots);
    expect(shownScore(ballotKey('s1', 'c1'), { 's1:c1': 1 }, saved)).toBe(1);
    expect(shownScore(ballotKey('s1', 'c2'), {}, saved)).toBe(0);
    expect(shownScore(ballotKey('s2', 'c9'), {}, saved)).toBeNull();
  });
});
