/** The scores a participant may give a criterion, from 0 (absent) to 5 (excellent). */
export const BALLOT_SCORES = [0, 1, 2, 3, 4, 5] as const;

/** Identifies one criterion of one study in the viewer's choices. */
export const ballotKey = (studyId: string, criterionId: string) => `${studyId}:${criterionId}`;

interface BallotScores {
  studyId: string;
  myScores: readonly { criterionId: string; score: number }[];
}

/** The viewer's saved scores, by ballot key: what the radio groups start from. */
export function savedScores(ballots: readonly BallotScores[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const ballot of ballots) {
    for (const { criterionId, score } of ballot.myScores) {
      if (Number.isInteger(score) && score >= 0 && score <= 5) out[ballotKey(ballot.studyId, criterionId)] = score;
    }
  }
  return out;
}

/** The score shown for a criterion: the viewer's latest choice on this screen, else their saved score, else none. */
export function shownScore(key: string, chosen: Readonly<Record<string, number>>, saved: Readonly<Record<string, number>>): number | null {
  return chosen[key] ?? saved[key] ?? null;
}
