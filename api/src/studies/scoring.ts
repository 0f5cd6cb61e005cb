import { Field, Float, Int, ObjectType } from 'type-graphql';
import { StudyCriterion, StudyScore } from './study.entity.js';

/**
 * Scores are integers from 0 (absent) to 5 (excellent). Per criterion the grid shows how many assessors
 * scored, the average, the lowest and highest score, and the spread: the population standard deviation
 * (0 when everyone agrees; 2.5 at most, half the assessors at 0 and half at 5).
 */
export const SCORE_MIN = 0;
export const SCORE_MAX = 5;

export interface Aggregate {
  count: number;
  average: number | null;
  min: number | null;
  max: number | null;
  spread: number | null;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

export function aggregate(scores: number[]): Aggregate {
  if (scores.length === 0) return { count: 0, average: null, min: null, max: null, spread: null };
  const mean = scores.reduce((a, b) => a + b, 0) / scores.length;
  const variance = scores.reduce((a, s) => a + (s - mean) ** 2, 0) / scores.length;
  return { count: scores.length, average: round2(mean), min: Math.min(...scores), max: Math.max(...scores), spread: round2(Math.sqrt(variance)) };
}

@ObjectType('ScoreAggregate', { description: 'Scores of one criterion aggregated: how many, average, lowest, highest and spread.' })
export class ScoreAggregate implements Aggregate {
  @Field(() => Int, { description: 'How many scores.' })
  count: number;

  @Field(() => Float, { nullable: true, description: 'Average score (0–5, two decimals); null without scores.' })
  average: number | null;

  @Field(() => Int, { nullable: true, description: 'Lowest score.' })
  min: number | null;

  @Field(() => Int, { nullable: true, description: 'Highest score.' })
  max: number | null;

  @Field(() => Float, { nullable: true, description: 'Spread: population standard deviation of the scores (0 = agreement).' })
  spread: number | null;
}

@ObjectType('CriterionResult', { description: 'The scores of one criterion of a study: the assessors’ (count, average, min, max, spread, each score) and the room’s vote.' })
export class CriterionResult extends ScoreAggregate {
  @Field(() => StudyCriterion, { description: 'The criterion.' })
  criterion: StudyCriterion;

  @Field(() => [StudyScore], { description: 'Each assessor’s score and comment.' })
  scores: StudyScore[];

  @Field(() => ScoreAggregate, { description: 'The participants’ multi-criteria vote in the room (anonymous), kept apart from the assessors’ scores.' })
  room: ScoreAggregate;
}

@ObjectType('StudyGrid', { description: 'A study’s scoring grid: every criterion of the factory (archived ones only if scored) with its results.' })
export class StudyGrid {
  @Field(() => [CriterionResult], { description: 'Criteria in grid order.' })
  criteria: CriterionResult[];

  @Field(() => Float, { nullable: true, description: 'Mean of the criteria averages (criteria without scores left out).' })
  overall: number | null;
}

/** A participant's score of a criterion in a room vote. */
export interface RoomScore {
  criterionId: string;
  score: number;
}

/** The grid from the factory's criteria, the assessors' scores and the room's votes. */
export function gridOf(criteria: StudyCriterion[], scores: StudyScore[], roomScores: RoomScore[] = []): StudyGrid {
  const rows = criteria
    .filter((c) => !c.archivedAt || scores.some((s) => s.criterion.id === c.id) || roomScores.some((s) => s.criterionId === c.id))
    .map((criterion): CriterionResult => {
      const mine = scores.filter((s) => s.criterion.id === criterion.id);
      const room = aggregate(roomScores.filter((s) => s.criterionId === criterion.id).map((s) => s.score));
      return { criterion, ...aggregate(mine.map((s) => s.score)), scores: mine, room };
    });
  const averages = rows.map((r) => r.average).filter((a): a is number => a !== null);
  return { criteria: rows, overall: averages.length ? round2(averages.reduce((a, b) => a + b, 0) / averages.length) : null };
}
