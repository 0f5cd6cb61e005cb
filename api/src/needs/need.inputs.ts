import { ArrayMaxSize, IsOptional, Length, MaxLength, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { PageArgs } from '../core/graphql/relay.js';
import { SourceInput } from '../core/graphql/source.input.js';
import { NeedStatus } from './need.entity.js';

@InputType('NeedSourceInput', { description: 'A source backing a need.' })
export class NeedSourceInput extends SourceInput {}

@InputType('CreateNeedInput', { description: 'A new need.' })
export class CreateNeedInput {
  @Field(() => ID, { description: 'Factory the need belongs to.' })
  factoryId: string;

  @Field(() => ID, { description: 'Territory where the need arises (the factory territory or one inside it).' })
  territoryId: string;

  @Field(() => ID, { description: 'Theme of the need.' })
  themeId: string;

  @Field(() => String, { description: 'Short statement of the need.' })
  @Length(3, 200)
  title: string;

  @Field(() => String, { nullable: true, description: 'The need in more detail.' })
  @IsOptional()
  @MaxLength(10_000)
  description?: string;

  @Field(() => String, { nullable: true, description: 'What shows the need is real.' })
  @IsOptional()
  @MaxLength(10_000)
  evidence?: string;

  @Field(() => [NeedSourceInput], { nullable: true, description: 'Sources backing the evidence (at most 20).' })
  @IsOptional()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  sources?: NeedSourceInput[];

  @Field(() => String, { nullable: true, description: 'Who surfaced it in the field.' })
  @IsOptional()
  @MaxLength(200)
  reportedBy?: string;
}

@InputType('UpdateNeedInput', { description: 'Changes to a need; omitted fields stay as they are.' })
export class UpdateNeedInput {
  @Field(() => ID, { description: 'The need to change.' })
  id: string;

  @Field(() => ID, { nullable: true, description: 'New territory.' })
  @IsOptional()
  territoryId?: string;

  @Field(() => ID, { nullable: true, description: 'New theme.' })
  @IsOptional()
  themeId?: string;

  @Field(() => String, { nullable: true, description: 'New title.' })
  @IsOptional()
  @Length(3, 200)
  title?: string;

  @Field(() => String, { nullable: true, description: 'New description.' })
  @IsOptional()
  @MaxLength(10_000)
  description?: string;

  @Field(() => String, { nullable: true, description: 'New evidence.' })
  @IsOptional()
  @MaxLength(10_000)
  evidence?: string;

  @Field(() => [NeedSourceInput], { nullable: true, description: 'New list of sources (replaces the old one).' })
  @IsOptional()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  sources?: NeedSourceInput[];

  @Field(() => String, { nullable: true, description: 'New reporter.' })
  @IsOptional()
  @MaxLength(200)
  reportedBy?: string;

  @Field(() => NeedStatus, { nullable: true, description: 'New status (use `archiveNeed` to archive).' })
  @IsOptional()
  status?: NeedStatus;
}

@InputType('NeedFilter', { description: 'Narrows a list of needs; all given conditions must hold.' })
export class NeedFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these themes.' })
  @IsOptional()
  @ArrayMaxSize(50)
  themeIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Only these territories.' })
  @IsOptional()
  @ArrayMaxSize(50)
  territoryIds?: string[];

  @Field(() => [NeedStatus], { nullable: true, description: 'Only these statuses (default: all but ARCHIVED).' })
  @IsOptional()
  @ArrayMaxSize(4)
  statuses?: NeedStatus[];

  @Field(() => String, { nullable: true, description: 'Words that the title or description contain (case- and accent-insensitive).' })
  @IsOptional()
  @MaxLength(200)
  search?: string;
}

@ArgsType()
export class NeedsArgs extends PageArgs {
  @Field(() => NeedFilter, { nullable: true, description: 'Conditions on the needs returned.' })
  @IsOptional()
  @ValidateNested()
  filter?: NeedFilter | null;
}

@InputType('CreateThemeInput', { description: 'A theme a factory adds to the shared vocabulary.' })
export class CreateThemeInput {
  @Field(() => ID, { description: 'Factory that owns the theme.' })
  factoryId: string;

  @Field(() => String, { description: 'Label in French.' })
  @Length(2, 80)
  labelFr: string;

  @Field(() => String, { description: 'Label in English (the French one when empty).' })
  @MaxLength(80)
  labelEn: string;
}
