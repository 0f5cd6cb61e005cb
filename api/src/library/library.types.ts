import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../core/graphql/node.js';
import { PageInfo } from '../core/graphql/relay.js';
import { Theme } from '../needs/theme.entity.js';
import { Initiative, InitiativeStatus, LegalForm, ReplicationMode } from './initiative.entity.js';
import { ExchangeFormat } from './initiative.inputs.js';

@ObjectType('Library', { implements: Node, description: 'A factory’s benchmark library of initiatives, and whether it is shared publicly.' })
export class LibraryView {
  __typename = 'Library' as const;

  @Field(() => ID, { name: 'id', description: 'Opaque global id of the library.' })
  nodeId: string;

  @Field(() => ID, { description: 'The factory that owns it.' })
  factoryId: string;

  @Field(() => String, { description: 'Name of the factory that owns it.' })
  factoryName: string;

  @Field(() => Boolean, { description: 'Whether anyone, even without an account or token, may read its published records.' })
  public: boolean;

  @Field(() => Int, { description: 'How many records the viewer may see in it.' })
  initiativeCount: number;
}

@ObjectType('InitiativePayload', { description: 'The initiative after a create or update, with records that may be the same one.' })
export class InitiativePayload {
  @Field(() => Initiative, { description: 'The initiative as saved.' })
  initiative: Initiative;

  @Field(() => [Initiative], { description: 'Likely duplicates: a similar name in the same place. Saving was not blocked; merge them if they are the same.' })
  duplicates: Initiative[];
}

@ObjectType('InitiativeEdge', { description: 'One initiative in a search result, with its cursor.' })
export class InitiativeEdge {
  @Field(() => String, { description: 'Opaque cursor of this item.' })
  cursor: string;

  @Field(() => Initiative, { description: 'The initiative.' })
  node: Initiative;

  @Field(() => Float, { nullable: true, description: 'Relevance to the query (higher is better); null without a query.' })
  score: number | null;
}

@ObjectType('ThemeCount', { description: 'How many records of a search have a theme.' })
export class ThemeCount {
  @Field(() => Theme, { description: 'The theme.' })
  theme: Theme;

  @Field(() => Int, { description: 'How many records.' })
  count: number;
}

@ObjectType('RegionCount', { description: 'How many records of a search are in a région.' })
export class RegionCount {
  @Field(() => String, { description: 'The région, by name.' })
  region: string;

  @Field(() => Int, { description: 'How many records.' })
  count: number;
}

@ObjectType('LegalFormCount', { description: 'How many records of a search have a legal form.' })
export class LegalFormCount {
  @Field(() => LegalForm, { description: 'The legal form.' })
  legalForm: LegalForm;

  @Field(() => Int, { description: 'How many records.' })
  count: number;
}

@ObjectType('ReplicationModeCount', { description: 'How many records of a search spread a given way.' })
export class ReplicationModeCount {
  @Field(() => ReplicationMode, { description: 'The replication mode.' })
  replicationMode: ReplicationMode;

  @Field(() => Int, { description: 'How many records.' })
  count: number;
}

@ObjectType('StatusCount', { description: 'How many records of a search have a status.' })
export class StatusCount {
  @Field(() => InitiativeStatus, { description: 'The status.' })
  status: InitiativeStatus;

  @Field(() => Int, { description: 'How many records.' })
  count: number;
}

@ObjectType('InitiativeFacets', {
  description:
    'Counts per value, most frequent first. Each facet counts with every condition of the search except its own, so that the counts say what choosing another value of that facet would give.',
})
export class InitiativeFacets {
  @Field(() => [ThemeCount], { description: 'Per theme.' })
  themes: ThemeCount[];

  @Field(() => [RegionCount], { description: 'Per région (records without one are not counted).' })
  regions: RegionCount[];

  @Field(() => [LegalFormCount], { description: 'Per legal form (records without one are not counted).' })
  legalForms: LegalFormCount[];

  @Field(() => [ReplicationModeCount], { description: 'Per replication mode (records without one are not counted).' })
  replicationModes: ReplicationModeCount[];

  @Field(() => [StatusCount], { description: 'Per status, among those the viewer may see.' })
  statuses: StatusCount[];

  @Field(() => Boolean, {
    description:
      'True when the counts are estimates: a search matching more than 3,000 records counts its facets on a uniform sample of 1,500 to 3,000 of its matches and scales them up (a rare value may then be missing). The total count is always exact.',
  })
  approximate: boolean;
}

@ObjectType('InitiativeConnection', { description: 'A page of a library search (Relay cursor connection), with the total and facet counts.' })
export class InitiativeConnection {
  @Field(() => [InitiativeEdge], { description: 'The items of this page, in order.' })
  edges: InitiativeEdge[];

  @Field(() => PageInfo, { description: 'Where this page sits in the whole result.' })
  pageInfo: PageInfo;

  @Field(() => Int, { description: 'How many records match, all pages together.' })
  totalCount: number;

  @Field(() => InitiativeFacets, { description: 'Counts per theme, région, legal form, replication mode and status.' })
  facets: InitiativeFacets;
}

@ObjectType('ReferenceLink', { description: 'An idea draws on an initiative of the library; the note says what to transfer.' })
export class ReferenceLinkView {
  @Field(() => ID, { description: 'Opaque id of the link.' })
  id: string;

  @Field(() => String, { description: 'What to transfer from the initiative, by whom, when.' })
  note: string;

  @Field(() => String, { description: 'Who linked it (display name at the time).' })
  linkedBy: string;

  @Field(() => Date, { description: 'When it was linked.' })
  createdAt: Date;

  @Field(() => Date, { description: 'When the note last changed.' })
  updatedAt: Date;

  /** Raw ids for the field resolvers. */
  initiativeId: string;
  ideaId: string;
}

@ObjectType('ReferenceSuggestion', { description: 'An initiative that may inspire an idea, and why.' })
export class ReferenceSuggestion {
  @Field(() => Initiative, { description: 'The initiative.' })
  initiative: Initiative;

  @Field(() => Float, { description: 'How strongly it matches (higher is better).' })
  score: number;

  @Field(() => [String], { description: 'Words of the idea found in the initiative (as written in the idea).' })
  matchedTerms: string[];

  @Field(() => [Theme], { description: 'Themes of the idea’s needs that the initiative shares.' })
  sharedThemes: Theme[];
}

export enum ImportAction {
  CREATE = 'CREATE',
  UPDATE = 'UPDATE',
  REJECT = 'REJECT',
}
registerEnumType(ImportAction, {
  name: 'ImportAction',
  description: 'What an import does with a row.',
  valuesConfig: {
    CREATE: { description: 'A new record.' },
    UPDATE: { description: 'Changes an existing record (same `id`, or same name in the same town).' },
    REJECT: { description: 'The row is invalid; see `reasons`.' },
  },
});

@ObjectType('ImportRow', { description: 'What an import does (or would do) with one row.' })
export class ImportRow {
  @Field(() => Int, { description: 'Line of the row in the CSV file (header is line 1), or position in the JSON array (from 1).' })
  line: number;

  @Field(() => String, { description: 'Name given in the row (empty if none).' })
  name: string;

  @Field(() => ImportAction, { description: 'What happens to it.' })
  action: ImportAction;

  @Field(() => ID, { nullable: true, description: 'The record updated, or created by a real import.' })
  initiativeId: string | null;

  @Field(() => [String], { description: 'Why it is rejected: one message per problem, naming the column.' })
  reasons: string[];

  @Field(() => [String], { description: 'Things worth checking that do not block the row: likely duplicates (looked for in dry runs of files with up to 100 new records).' })
  warnings: string[];
}

@ObjectType('ImportReport', { description: 'Row-by-row report of an import. A real import is all-or-nothing: one rejected row and nothing is written.' })
export class ImportReport {
  @Field(() => Boolean, { description: 'Whether this was a dry run.' })
  dryRun: boolean;

  @Field(() => Boolean, { description: 'Whether the rows were written (false for a dry run and whenever a row is rejected).' })
  applied: boolean;

  @Field(() => Int, { description: 'Rows that create a record.' })
  created: number;

  @Field(() => Int, { description: 'Rows that update a record.' })
  updated: number;

  @Field(() => Int, { description: 'Rows rejected.' })
  rejected: number;

  @Field(() => [ImportRow], { description: 'Every row, in file order.' })
  rows: ImportRow[];
}

@ObjectType('LibraryExport', { description: 'An export of a library or a search, as a file to save.' })
export class LibraryExport {
  @Field(() => ExchangeFormat, { description: 'Format of `content`.' })
  format: ExchangeFormat;

  @Field(() => String, { description: 'Suggested file name.' })
  filename: string;

  @Field(() => String, { description: 'Media type of `content`.' })
  contentType: string;

  @Field(() => String, { description: 'The file, ready to be imported again.' })
  content: string;

  @Field(() => Int, { description: 'How many records it holds.' })
  count: number;

  @Field(() => Boolean, { description: 'Whether records were left out because the export limit was reached.' })
  truncated: boolean;
}
