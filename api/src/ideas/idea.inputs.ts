import { ArrayMaxSize, ArrayMinSize, IsInt, IsOptional, Length, Max, MaxLength, Min } from 'class-validator';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { FIELD_LIMITS } from '../collaboration/idea-doc.js';
import { MATRIX_MAX, MATRIX_MIN } from './matrix.view.js';

/** The card's structured fields, co-edited like the title and description (collaboration/ CO1). */
@InputType('IdeaFieldsInput', { description: 'The structured fields of an idea card (not used on its own: part of CreateIdeaInput and UpdateIdeaInput).' })
abstract class IdeaFieldsInput {
  @Field(() => String, { nullable: true, description: 'The need it answers (at most 2,000 characters).' })
  @IsOptional()
  @MaxLength(FIELD_LIMITS.need)
  need?: string;

  @Field(() => String, { nullable: true, description: 'Who benefits (at most 2,000 characters).' })
  @IsOptional()
  @MaxLength(FIELD_LIMITS.beneficiaries)
  beneficiaries?: string;

  @Field(() => String, { nullable: true, description: 'How it could live economically (at most 2,000 characters).' })
  @IsOptional()
  @MaxLength(FIELD_LIMITS.economicModel)
  economicModel?: string;
}

@InputType('CreateIdeaInput', { description: 'A new idea in a room.' })
export class CreateIdeaInput extends IdeaFieldsInput {
  @Field(() => ID, { description: 'The room.' })
  roomId: string;

  @Field(() => String, { description: 'Title of the idea (1–140 characters).' })
  @Length(1, FIELD_LIMITS.title)
  title: string;

  @Field(() => String, { nullable: true, description: 'The idea in more detail.' })
  @IsOptional()
  @MaxLength(5000)
  description?: string;

  @Field(() => [ID], { nullable: true, description: 'Needs it answers.' })
  @IsOptional()
  @ArrayMaxSize(20)
  needIds?: string[];

  @Field(() => String, { nullable: true, description: 'Any unique string per idea: retrying with the same key returns the idea already created instead of a second one.' })
  @IsOptional()
  @MaxLength(100)
  idempotencyKey?: string;
}

@InputType('UpdateIdeaInput', { description: 'Changes to an idea; omitted fields stay as they are.' })
export class UpdateIdeaInput extends IdeaFieldsInput {
  @Field(() => ID, { description: 'The idea.' })
  ideaId: string;

  @Field(() => String, { nullable: true, description: 'New title.' })
  @IsOptional()
  @Length(1, FIELD_LIMITS.title)
  title?: string;

  @Field(() => String, { nullable: true, description: 'New description (applied as a minimal edit inside the co-edited card, like every text field: it merges with people typing).' })
  @IsOptional()
  @MaxLength(5000)
  description?: string;

  @Field(() => [ID], { nullable: true, description: 'Needs it answers (replaces the list).' })
  @IsOptional()
  @ArrayMaxSize(20)
  needIds?: string[];
}

@InputType('MergeIdeasInput', { description: 'Ideas to merge into one.' })
export class MergeIdeasInput {
  @Field(() => ID, { description: 'The room.' })
  roomId: string;

  @Field(() => ID, { description: 'The idea that remains.' })
  targetId: string;

  @Field(() => [ID], { description: 'The ideas merged into it.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  sourceIds: string[];
}

@InputType('MoveIdeaInput', { description: 'Where an idea goes on the board.' })
export class MoveIdeaInput {
  @Field(() => ID, { description: 'The room.' })
  roomId: string;

  @Field(() => ID, { description: 'The idea.' })
  ideaId: string;

  @Field(() => ID, { nullable: true, description: 'The cluster to put it in; omit to keep it, null to take it out of any.' })
  clusterId?: string | null;

  @Field(() => Float, { nullable: true, description: 'New position (ideas are shown by ascending position).' })
  position?: number;
}

@InputType('SaveClusterInput', { description: 'A cluster to create (no id) or rename/move.' })
export class SaveClusterInput {
  @Field(() => ID, { description: 'The room.' })
  roomId: string;

  @Field(() => ID, { nullable: true, description: 'The cluster to change; omit to create one.' })
  clusterId?: string;

  @Field(() => String, { description: 'Name of the group.' })
  @Length(1, 80)
  label: string;

  @Field(() => Float, { nullable: true, description: 'Position among clusters.' })
  position?: number;
}

@InputType('PlaceIdeaInput', { description: 'Where an idea goes on the impact/feasibility matrix: both values, or both null to take it off the matrix.' })
export class PlaceIdeaInput {
  @Field(() => ID, { description: 'The idea.' })
  ideaId: string;

  @Field(() => Int, { nullable: true, description: 'Expected impact, 0 (low) to 100 (high); null with feasibility to take the idea off the matrix.' })
  @IsOptional()
  @IsInt()
  @Min(MATRIX_MIN)
  @Max(MATRIX_MAX)
  impact?: number | null;

  @Field(() => Int, { nullable: true, description: 'Feasibility, 0 (hard) to 100 (easy); null with impact to take the idea off the matrix.' })
  @IsOptional()
  @IsInt()
  @Min(MATRIX_MIN)
  @Max(MATRIX_MAX)
  feasibility?: number | null;
}
