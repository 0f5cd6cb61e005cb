import { Collection, Entity, Enum, ManyToMany, ManyToOne, Property, type Opt } from '@mikro-orm/core';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../core/database/base.entity.js';
import { badUserInput } from '../core/errors.js';
import { Node } from '../core/graphql/node.js';
import { Factory } from '../factories/factory.entity.js';
import { User } from '../identity/user.entity.js';
import { Theme } from '../needs/theme.entity.js';

export enum InitiativeStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  ARCHIVED = 'ARCHIVED',
}
registerEnumType(InitiativeStatus, {
  name: 'InitiativeStatus',
  description: 'Where a record of the library stands.',
  valuesConfig: {
    DRAFT: { description: 'Being written; seen by curators only.' },
    PUBLISHED: { description: 'Checked and sourced; seen by everyone who may read the library.' },
    ARCHIVED: { description: 'Withdrawn (closed down, outdated, merged); seen by curators only.' },
  },
});

export enum LegalForm {
  ASSOCIATION = 'ASSOCIATION',
  SCIC = 'SCIC',
  SCOP = 'SCOP',
  SAS_ESUS = 'SAS_ESUS',
  ENTREPRISE_INSERTION = 'ENTREPRISE_INSERTION',
  REGIE_DE_QUARTIER = 'REGIE_DE_QUARTIER',
  COLLECTIVITE = 'COLLECTIVITE',
  OTHER = 'OTHER',
}
registerEnumType(LegalForm, {
  name: 'LegalForm',
  description: 'Legal form of the organisation running an initiative.',
  valuesConfig: {
    ASSOCIATION: { description: 'Association loi 1901.' },
    SCIC: { description: 'Société coopérative d’intérêt collectif.' },
    SCOP: { description: 'Société coopérative et participative.' },
    SAS_ESUS: { description: 'Company (SAS) approved as an entreprise solidaire d’utilité sociale (agrément ESUS).' },
    ENTREPRISE_INSERTION: { description: 'Structure d’insertion par l’activité économique (entreprise or atelier-chantier d’insertion).' },
    REGIE_DE_QUARTIER: { description: 'Régie de quartier or de territoire.' },
    COLLECTIVITE: { description: 'Run by a local authority (commune, intercommunalité, département…).' },
    OTHER: { description: 'Another form; see `legalFormDetail`.' },
  },
});

export enum ReplicationMode {
  BRANCH = 'BRANCH',
  SOCIAL_FRANCHISE = 'SOCIAL_FRANCHISE',
  LICENCE = 'LICENCE',
  NETWORK_MEMBERSHIP = 'NETWORK_MEMBERSHIP',
  FREE_INSPIRATION = 'FREE_INSPIRATION',
}
registerEnumType(ReplicationMode, {
  name: 'ReplicationMode',
  description: 'How an initiative spreads to other territories (essaimage).',
  valuesConfig: {
    BRANCH: { description: 'The same organisation opens a branch (filiale, antenne).' },
    SOCIAL_FRANCHISE: { description: 'Social franchise: a local entity runs the model under a contract, with support.' },
    LICENCE: { description: 'A licence to use a brand, a method or tools.' },
    NETWORK_MEMBERSHIP: { description: 'Joining a network of peers with a shared charter (e.g. a federation).' },
    FREE_INSPIRATION: { description: 'Free inspiration: anyone may copy the idea, no tie to the original.' },
  },
});

export enum Precondition {
  URBAN = 'URBAN',
  PERIURBAN = 'PERIURBAN',
  RURAL = 'RURAL',
  QPV = 'QPV',
}
registerEnumType(Precondition, {
  name: 'Precondition',
  description: 'A kind of territory an initiative needs in order to work.',
  valuesConfig: {
    URBAN: { description: 'A dense urban area.' },
    PERIURBAN: { description: 'A periurban area.' },
    RURAL: { description: 'A rural area.' },
    QPV: { description: 'A quartier prioritaire de la politique de la ville.' },
  },
});

/** Where an initiative runs. */
@ObjectType('InitiativePlace', { description: 'Where an initiative runs.' })
export class InitiativePlace {
  @Field(() => String, { description: 'Town (commune); empty when unknown.' })
  town: string;

  @Field(() => String, { description: 'Postcode; empty when unknown.' })
  postcode: string;

  @Field(() => String, { description: 'Département, by name (e.g. "Meurthe-et-Moselle"); empty when unknown.' })
  departement: string;

  @Field(() => String, { description: 'Région, by name (e.g. "Grand Est"); empty when unknown.' })
  region: string;

  @Field(() => String, { description: 'Country, ISO 3166-1 alpha-2 code (FR by default).' })
  country: string;

  @Field(() => Float, { nullable: true, description: 'Latitude (WGS 84), when known.' })
  latitude: number | null;

  @Field(() => Float, { nullable: true, description: 'Longitude (WGS 84), when known.' })
  longitude: number | null;
}

/** How many people an initiative employs, as of when. */
@ObjectType('InitiativeJobs', { description: 'How many people an initiative employs, and when that figure was true.' })
export class InitiativeJobs {
  @Field(() => Int, { description: 'Number of jobs (headcount).' })
  count: number;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Date of the figure.' })
  asOf: string | null;
}

/** Where a fact about an initiative comes from. */
@ObjectType('InitiativeSource', { description: 'Where facts about an initiative come from: its site, an article, a study.' })
export class InitiativeSource {
  @Field(() => String, { description: 'Address of the source (http or https).' })
  url: string;

  @Field(() => String, { description: 'Title of the source.' })
  title: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'When the curator consulted it.' })
  consultedOn: string | null;
}

/** What it takes to bring an initiative to another territory. */
@ObjectType('Transferability', { description: 'What it takes to bring an initiative to another territory.' })
export class Transferability {
  @Field(() => ReplicationMode, { nullable: true, description: 'How the initiative spreads; null when unknown.' })
  replicationMode: ReplicationMode | null;

  @Field(() => [Precondition], { description: 'Kinds of territory it needs.' })
  preconditions: Precondition[];

  @Field(() => Int, { nullable: true, description: 'Minimum population of the catchment area, when there is one.' })
  minPopulation: number | null;

  @Field(() => String, { description: 'Other preconditions, in words (partners, premises, volumes…).' })
  preconditionsNote: string;

  @Field(() => String, { description: 'What can be transferred: method, tools, brand, training…' })
  transferable: string;

  @Field(() => String, { description: 'Whom to contact about a transfer (name, role, email), as given by the curator.' })
  contact: string;
}

export const MAX_SOURCES = 20;
export const MAX_LIST = 30;

/**
 * An initiative of the benchmark library (initiative inspirante): a real activity elsewhere that could be
 * transferred. Place, transferability and provenance are columns (searchable, filterable); themes are
 * the shared vocabulary. A record merged into another keeps its row as a redirect (`mergedInto`).
 */
@ObjectType('Initiative', { implements: Node, description: 'An initiative of a factory’s benchmark library: an activity elsewhere that could inspire or be transferred.' })
@Entity({ tableName: 'initiative' })
export class Initiative extends BaseEntity {
  @ManyToOne(() => Factory)
  factory: Factory;

  @Field(() => String, { description: 'Name of the initiative.' })
  @Property({ type: 'string' })
  name: string;

  @Field(() => String, { description: 'One line saying what it is.' })
  @Property({ type: 'text' })
  summary: string & Opt = '';

  @Field(() => String, { description: 'The initiative in more detail.' })
  @Property({ type: 'text' })
  description: string & Opt = '';

  @Property({ type: 'string' })
  town: string & Opt = '';

  @Property({ type: 'string' })
  postcode: string & Opt = '';

  @Property({ type: 'string' })
  departement: string & Opt = '';

  @Property({ type: 'string' })
  region: string & Opt = '';

  @Property({ type: 'string' })
  country: string & Opt = 'FR';

  @Property({ type: 'double', nullable: true })
  latitude: number | null = null;

  @Property({ type: 'double', nullable: true })
  longitude: number | null = null;

  @ManyToMany(() => Theme, undefined, { pivotTable: 'initiative_theme', joinColumn: 'initiative_id', inverseJoinColumn: 'theme_id' })
  themes = new Collection<Theme>(this);

  /**
   * Its themes' ids, sorted: the denormalised copy searches filter and count on (kept by a trigger on
   * `initiative_theme` too). Written with the row (see `setThemes`), so that a new record is written once.
   */
  @Property({ type: 'uuid[]', columnType: 'uuid[]' })
  themeIds: string[] & Opt = [];

  /** Sets its themes, and their ids in the same write. */
  setThemes(themes: Theme[]): void {
    this.themes.set(themes);
    this.themeIds = themes.map((t) => t.id).sort();
  }

  @Field(() => LegalForm, { nullable: true, description: 'Legal form of the organisation; null when unknown.' })
  @Enum({ items: () => LegalForm, nativeEnumName: 'legal_form', nullable: true })
  legalForm: LegalForm | null = null;

  @Field(() => String, { description: 'The legal form in words, when OTHER or to be more precise (e.g. "SAS coopérative").' })
  @Property({ type: 'string' })
  legalFormDetail: string & Opt = '';

  @Field(() => String, { description: 'Economic model, in words.' })
  @Property({ type: 'text' })
  economicModel: string & Opt = '';

  @Field(() => [String], { description: 'Main revenue sources (sales, subsidies, membership fees…).' })
  @Property({ type: 'array', columnType: 'text[]' })
  revenueSources: string[] & Opt = [];

  @Field(() => Int, { nullable: true, description: 'Year it started.' })
  @Property({ type: 'integer', nullable: true })
  yearStarted: number | null = null;

  @Property({ type: 'integer', nullable: true })
  jobsCount: number | null = null;

  @Property({ type: 'string', columnType: 'date', nullable: true })
  jobsAsOf: string | null = null;

  @Field(() => [String], { description: 'Who funds or funded it (Région, Département, foundations, banks…).' })
  @Property({ type: 'array', columnType: 'text[]' })
  funders: string[] & Opt = [];

  @Enum({ items: () => ReplicationMode, nativeEnumName: 'replication_mode', nullable: true })
  replicationMode: ReplicationMode | null = null;

  @Property({ type: 'array', columnType: 'text[]' })
  preconditions: Precondition[] & Opt = [];

  @Property({ type: 'integer', nullable: true })
  minPopulation: number | null = null;

  @Property({ type: 'text' })
  preconditionsNote: string & Opt = '';

  @Property({ type: 'text' })
  transferable: string & Opt = '';

  @Property({ type: 'string' })
  transferContact: string & Opt = '';

  @Field(() => [InitiativeSource], { description: 'Where the facts come from; every published record has at least one.' })
  @Property({ type: 'json' })
  sources: InitiativeSource[] & Opt = [];

  @Field(() => InitiativeStatus, { description: 'Where the record stands.' })
  @Enum({ items: () => InitiativeStatus, nativeEnumName: 'initiative_status' })
  status: InitiativeStatus & Opt = InitiativeStatus.DRAFT;

  /** The last person who curated it (for a token, the token's owner). */
  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  curatedBy: User | null = null;

  @Field(() => Date, { nullable: true, description: 'When it was (last) published.' })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  publishedAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: 'When it was archived.' })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  archivedAt: Date | null = null;

  /** Set when merged into another record: this row then only redirects there. */
  @ManyToOne(() => Initiative, { nullable: true })
  mergedInto: Initiative | null = null;

  constructor(factory: Factory, name: string) {
    super();
    this.factory = factory;
    this.name = name;
  }

  @Field(() => InitiativePlace, { description: 'Where it runs.' })
  get place(): InitiativePlace {
    return { town: this.town, postcode: this.postcode, departement: this.departement, region: this.region, country: this.country, latitude: this.latitude, longitude: this.longitude };
  }

  @Field(() => Transferability, { description: 'What it takes to bring it to another territory.' })
  get transferability(): Transferability {
    return {
      replicationMode: this.replicationMode,
      preconditions: this.preconditions,
      minPopulation: this.minPopulation,
      preconditionsNote: this.preconditionsNote,
      transferable: this.transferable,
      contact: this.transferContact,
    };
  }

  @Field(() => InitiativeJobs, { nullable: true, description: 'Jobs it provides; null when unknown.' })
  get jobs(): InitiativeJobs | null {
    return this.jobsCount === null ? null : { count: this.jobsCount, asOf: this.jobsAsOf };
  }

  /** A published record must say where its facts come from. */
  publish(now = new Date()): void {
    if (this.sources.length === 0) throw badUserInput('A published initiative needs at least one source.', { sources: ['must have at least one source to publish'] });
    if (this.status !== InitiativeStatus.PUBLISHED) this.publishedAt = now;
    this.status = InitiativeStatus.PUBLISHED;
    this.archivedAt = null;
  }

  archive(now = new Date()): void {
    if (this.status !== InitiativeStatus.ARCHIVED) this.archivedAt = now;
    this.status = InitiativeStatus.ARCHIVED;
  }

  /** Checks the invariant after any change of sources. */
  assertPublishable(): void {
    if (this.status === InitiativeStatus.PUBLISHED && this.sources.length === 0) {
      throw badUserInput('A published initiative needs at least one source.', { sources: ['a published initiative must keep at least one source'] });
    }
  }
}

/** Per-factory library settings. No row: the library is not shared. */
@Entity({ tableName: 'library' })
export class LibrarySettings {
  @Property({ type: 'uuid', primary: true })
  factoryId: string;

  @Property({ type: 'boolean' })
  public: boolean & Opt = false;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'datetime', columnType: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date & Opt = new Date();

  constructor(factoryId: string) {
    this.factoryId = factoryId;
  }
}
