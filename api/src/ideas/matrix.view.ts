import { Field, Int, ObjectType } from 'type-graphql';

/** Both axes of the impact/feasibility matrix run from MATRIX_MIN (low) to MATRIX_MAX (high). */
export const MATRIX_MIN = 0;
export const MATRIX_MAX = 100;

@ObjectType('MatrixPlacement', { description: 'Where a facilitator placed an idea on the impact/feasibility matrix (0 = low, 100 = high on both axes).' })
export class MatrixPlacementView {
  @Field(() => Int, { description: 'Expected impact, 0 (low) to 100 (high): the vertical axis.' })
  impact: number;

  @Field(() => Int, { description: 'Feasibility, 0 (hard) to 100 (easy): the horizontal axis.' })
  feasibility: number;
}
