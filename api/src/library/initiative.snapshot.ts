import { Field, ID, ObjectType } from 'type-graphql';
import { toGlobalId } from '../core/graphql/node.js';
import { InitiativePlace, InitiativeSource, LegalForm, ReplicationMode, type Initiative } from './initiative.entity.js';

/**
 * An initiative as pushed into a live room: a plain copy taken when it was pushed, so that delivering
 * (or replaying) the event needs no database read and shows what the facilitator showed.
 */
@ObjectType('InitiativeSnapshot', { description: 'An initiative as it was when pushed into a room (a copy: later edits do not change it).' })
export class InitiativeSnapshot {
  @Field(() => ID, { description: 'Global id of the initiative (fetch it again with `node` or `initiative`).' })
  id: string;

  @Field(() => String, { description: 'Name.' })
  name: string;

  @Field(() => String, { description: 'One line saying what it is.' })
  summary: string;

  @Field(() => InitiativePlace, { description: 'Where it runs.' })
  place: InitiativePlace;

  @Field(() => [String], { description: 'Labels of its themes, in French.' })
  themes: string[];

  @Field(() => LegalForm, { nullable: true, description: 'Legal form.' })
  legalForm: LegalForm | null;

  @Field(() => ReplicationMode, { nullable: true, description: 'How it spreads.' })
  replicationMode: ReplicationMode | null;

  @Field(() => String, { description: 'What can be transferred.' })
  transferable: string;

  @Field(() => [InitiativeSource], { description: 'Where the facts come from.' })
  sources: InitiativeSource[];
}

/** Themes must be loaded. */
export function snapshotOf(initiative: Initiative): InitiativeSnapshot {
  return {
    id: toGlobalId('Initiative', initiative.id),
    name: initiative.name,
    summary: initiative.summary,
    place: initiative.place,
    themes: initiative.themes.getItems().map((t) => t.labelFr),
    legalForm: initiative.legalForm,
    replicationMode: initiative.replicationMode,
    transferable: initiative.transferable,
    sources: initiative.sources.map((s) => ({ url: s.url, title: s.title, consultedOn: s.consultedOn ?? null })),
  };
}
