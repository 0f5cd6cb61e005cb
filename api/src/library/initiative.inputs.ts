import { ArrayMaxSize, IsIn, IsInt, IsOptional, Length, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { ArgsType, Field, Float, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { PageArgs } from '../core/graphql/relay.js';
import { SourceInput } from '../core/graphql/source.input.js';
import { InitiativeStatus, LegalForm, MAX_LIST, MAX_SOURCES, Precondition, ReplicationMode } from './initiative.entity.js';

@InputType('InitiativeSourceInput', { description: 'A source of facts about an initiative.' })
export class InitiativeSourceInput extends SourceInput {
  @Field(() => LocalDateResolver, { nullable: true, description: 'When the curator consulted it.' })
  @IsOptional()
  consultedOn?: string | null;
}

@InputType('InitiativePlaceInput', { description: 'Where an initiative runs. Omitted parts are empty (country: FR).' })
export class InitiativePlaceInput {
  @Field(() => String, { nullable: true, description: 'Town (commune).' })
  @IsOptional()
  @MaxLength(120)
  town?: string | null;

  @Field(() => String, { nullable: true, description: 'Postcode.' })
  @IsOptional()
  @MaxLength(12)
  postcode?: string | null;

  @Field(() => String, { nullable: true, description: 'Département, by name.' })
  @IsOptional()
  @MaxLength(80)
  departement?: string | null;

  @Field(() => String, { nullable: true, description: 'Région, by name.' })
  @IsOptional()
  @MaxLength(80)
  region?: string | null;

  @Field(() => String, { nullable: true, description: 'Country, ISO 3166-1 alpha-2 code (default FR).' })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, { message: 'must be a two-letter country code' })
  country?: string | null;

  @Field(() => Float, { nullable: true, description: 'Latitude (WGS 84).' })
  @IsOptional()
  @Min(-90)
  @Max(90)
  latitude?: number | null;

  @Field(() => Float, { nullable: true, description: 'Longitude (WGS 84).' })
  @IsOptional()
  @Min(-180)
  @Max(180)
  longitude?: number | null;
}

@InputType('InitiativeJobsInput', { description: 'How many people an initiative employs, and when.' })
export class InitiativeJobsInput {
  @Field(() => Int, { description: 'Number of jobs (headcount).' })
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  count: number;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Date of the figure.' })
  @IsOptional()
  asOf?: string | null;
}

@InputType('TransferabilityInput', { description: 'What it takes to bring an initiative elsewhere. Omitted parts are empty.' })
export class TransferabilityInput {
  @Field(() => ReplicationMode, { nullable: true, description: 'How the initiative spreads.' })
  @IsOptional()
  replicationMode?: ReplicationMode | null;

  @Field(() => [Precondition], { nullable: true, description: 'Kinds of territory it needs.' })
  @IsOptional()
  @ArrayMaxSize(4)
  preconditions?: Precondition[] | null;

  @Field(() => Int, { nullable: true, description: 'Minimum population of the catchment area.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100_000_000)
  minPopulation?: number | null;

  @Field(() => String, { nullable: true, description: 'Other preconditions, in words.' })
  @IsOptional()
  @MaxLength(2000)
  preconditionsNote?: string | null;

  @Field(() => String, { nullable: true, description: 'What can be transferred.' })
  @IsOptional()
  @MaxLength(5000)
  transferable?: string | null;

  @Field(() => String, { nullable: true, description: 'Whom to contact about a transfer.' })
  @IsOptional()
  @MaxLength(300)
  contact?: string | null;
}

/**
 * The fields of an initiative. Every field is optional: on update, an omitted field stays as it is, and
 * a nested object (place, jobs, transferability) or a list given replaces the old one whole.
 */
@InputType('InitiativeFieldsInput', { description: 'Fields of an initiative. Omitted fields stay as they are; a list or nested object given replaces the old one whole.' })
export class InitiativeFieldsInput {
  @Field(() => String, { nullable: true, description: 'Name (2–200 characters).' })
  @IsOptional()
  @Length(2, 200)
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'One line saying what it is.' })
  @IsOptional()
  @MaxLength(300)
  summary?: string | null;

  @Field(() => String, { nullable: true, description: 'The initiative in more detail.' })
  @IsOptional()
  @MaxLength(20_000)
  description?: string | null;

  @Field(() => InitiativePlaceInput, { nullable: true, description: 'Where it runs.' })
  @IsOptional()
  @ValidateNested()
  place?: InitiativePlaceInput | null;

  @Field(() => [ID], { nullable: true, description: 'Themes: shared ones or the factory’s own.' })
  @IsOptional()
  @ArrayMaxSize(10)
  themeIds?: string[] | null;

  @Field(() => LegalForm, { nullable: true, description: 'Legal form of the organisation.' })
  @IsOptional()
  legalForm?: LegalForm | null;

  @Field(() => String, { nullable: true, description: 'The legal form in words.' })
  @IsOptional()
  @MaxLength(120)
  legalFormDetail?: string | null;

  @Field(() => String, { nullable: true, description: 'Economic model, in words.' })
  @IsOptional()
  @MaxLength(5000)
  economicModel?: string | null;

  @Field(() => [String], { nullable: true, description: `Main revenue sources (at most ${MAX_LIST}).` })
  @IsOptional()
  @ArrayMaxSize(MAX_LIST)
  @MaxLength(200, { each: true })
  revenueSources?: string[] | null;

  @Field(() => Int, { nullable: true, description: 'Year it started.' })
  @IsOptional()
  @IsInt()
  @Min(1800)
  @Max(2100)
  yearStarted?: number | null;

  @Field(() => InitiativeJobsInput, { nullable: true, description: 'Jobs it provides; null clears the figure.' })
  @IsOptional()
  @ValidateNested()
  jobs?: InitiativeJobsInput | null;

  @Field(() => [String], { nullable: true, description: `Who funds or funded it (at most ${MAX_LIST}).` })
  @IsOptional()
  @ArrayMaxSize(MAX_LIST)
  @MaxLength(200, { each: true })
  funders?: string[] | null;

  @Field(() => TransferabilityInput, { nullable: true, description: 'What it takes to bring it elsewhere.' })
  @IsOptional()
  @ValidateNested()
  transferability?: TransferabilityInput | null;

  @Field(() => [InitiativeSourceInput], { nullable: true, description: `Where the facts come from (at most ${MAX_SOURCES}); a published record keeps at least one.` })
  @IsOptional()
  @ArrayMaxSize(MAX_SOURCES)
  @ValidateNested({ each: true })
  sources?: InitiativeSourceInput[] | null;
}

@InputType('CreateInitiativeInput', { description: 'A new initiative for a factory’s library.' })
export class CreateInitiativeInput {
  @Field(() => ID, { description: 'The factory whose library receives it.' })
  factoryId: string;

  @Field(() => InitiativeFieldsInput, { description: 'Its fields; `name` is required.' })
  @ValidateNested()
  fields: InitiativeFieldsInput;

  @Field(() => Boolean, { nullable: true, description: 'Publish at once (needs a source); default false: a DRAFT.' })
  @IsOptional()
  publish?: boolean | null;
}

@InputType('UpdateInitiativeInput', { description: 'Changes to an initiative.' })
export class UpdateInitiativeInput {
  @Field(() => ID, { description: 'The initiative to change.' })
  id: string;

  @Field(() => InitiativeFieldsInput, { description: 'The fields to change.' })
  @ValidateNested()
  fields: InitiativeFieldsInput;
}

@InputType('InitiativeDuplicatesInput', { description: 'A name and a place to check for likely duplicates before saving.' })
export class InitiativeDuplicatesInput {
  @Field(() => ID, { description: 'The factory whose library to look in.' })
  factoryId: string;

  @Field(() => String, { description: 'The name about to be saved.' })
  @Length(1, 200)
  name: string;

  @Field(() => InitiativePlaceInput, { nullable: true, description: 'The place about to be saved.' })
  @IsOptional()
  @ValidateNested()
  place?: InitiativePlaceInput | null;

  @Field(() => ID, { nullable: true, description: 'The record being edited, left out of the answer.' })
  @IsOptional()
  excludeId?: string | null;
}

export enum InitiativeSort {
  RELEVANCE = 'RELEVANCE',
  RECENT = 'RECENT',
}
registerEnumType(InitiativeSort, {
  name: 'InitiativeSort',
  description: 'Order of a search.',
  valuesConfig: {
    RELEVANCE: { description: 'Best match first (without a query: newest first).' },
    RECENT: { description: 'Newest records first.' },
  },
});

@InputType('InitiativeFilter', { description: 'Narrows a search. Values within one condition are alternatives (OR); conditions add up (AND).' })
export class InitiativeFilter {
  @Field(() => [ID], { nullable: true, description: 'Any of these themes.' })
  @IsOptional()
  @ArrayMaxSize(20)
  themeIds?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Any of these régions (by name, as in `place.region`).' })
  @IsOptional()
  @ArrayMaxSize(20)
  @MaxLength(80, { each: true })
  regions?: string[] | null;

  @Field(() => [LegalForm], { nullable: true, description: 'Any of these legal forms.' })
  @IsOptional()
  @ArrayMaxSize(8)
  legalForms?: LegalForm[] | null;

  @Field(() => [ReplicationMode], { nullable: true, description: 'Any of these replication modes.' })
  @IsOptional()
  @ArrayMaxSize(5)
  replicationModes?: ReplicationMode[] | null;

  @Field(() => [InitiativeStatus], { nullable: true, description: 'Any of these statuses (default: DRAFT and PUBLISHED for curators; readers only ever see PUBLISHED).' })
  @IsOptional()
  @ArrayMaxSize(3)
  statuses?: InitiativeStatus[] | null;
}

@ArgsType()
export class InitiativesArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Words to look for, in French: plurals, accents and small typos are tolerated; "quoted phrases", `or` and `-excluded` words work as in a web search engine.' })
  @IsOptional()
  @MaxLength(200)
  query?: string | null;

  @Field(() => InitiativeFilter, { nullable: true, description: 'Conditions on the records returned.' })
  @IsOptional()
  @ValidateNested()
  filter?: InitiativeFilter | null;

  @Field(() => InitiativeSort, { nullable: true, description: 'Order (default RELEVANCE).' })
  @IsOptional()
  sort?: InitiativeSort | null;
}

export enum ExchangeFormat {
  CSV = 'CSV',
  JSON = 'JSON',
}
registerEnumType(ExchangeFormat, {
  name: 'LibraryFileFormat',
  description: 'File format for importing and exporting a library.',
  valuesConfig: {
    CSV: { description: 'CSV with a header row (comma or semicolon separated, UTF-8). Lists are separated by " | "; sources are three aligned columns `sourceUrls`, `sourceTitles`, `sourceConsultedOn`.' },
    JSON: { description: 'A JSON array of records, with the same keys as the CSV columns; lists are arrays and `sources` an array of `{ url, title, consultedOn }`.' },
  },
});

@InputType('ImportInitiativesInput', { description: 'A file of initiatives to import into a factory’s library.' })
export class ImportInitiativesInput {
  @Field(() => ID, { description: 'The factory whose library receives them.' })
  factoryId: string;

  @Field(() => ExchangeFormat, { description: 'Format of `content`.' })
  @IsIn(Object.values(ExchangeFormat))
  format: ExchangeFormat;

  @Field(() => String, { description: 'The file’s content (the request body limit applies: split large files).' })
  @MaxLength(250_000)
  content: string;

  @Field(() => Boolean, { description: 'Only report what would happen; write nothing.' })
  dryRun: boolean;
}
