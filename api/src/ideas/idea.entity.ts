import { Collection, Entity, ManyToMany, ManyToOne, Property, type Opt } from '@mikro-orm/core';
import { BaseEntity } from '../core/database/base.entity.js';
import { Need } from '../needs/need.entity.js';
import { Participant } from '../rooms/participant.entity.js';
import { Room } from '../rooms/room.entity.js';

/** A group of ideas on the board, named by the facilitator. */
@Entity({ tableName: 'cluster' })
export class Cluster extends BaseEntity {
  @ManyToOne(() => Room)
  room: Room;

  @Property({ type: 'string' })
  label: string;

  @Property({ type: 'double' })
  position: number & Opt = 0;

  constructor(room: Room, label: string, position: number) {
    super();
    this.room = room;
    this.label = label;
    this.position = position;
  }
}

/**
 * An activity idea written in a room. Exposed in GraphQL through `IdeaView` (see idea.view.ts), which
 * applies the viewer's visibility (anonymous authors, hidden tallies).
 */
@Entity({ tableName: 'idea' })
export class Idea extends BaseEntity {
  @ManyToOne(() => Room)
  room: Room;

  @ManyToOne(() => Participant)
  author: Participant;

  @Property({ type: 'string' })
  title: string;

  @Property({ type: 'text' })
  description: string & Opt = '';

  /** The card's structured fields (co-edited, like the title and description: collaboration/ CO3). The need it answers. */
  @Property({ type: 'text' })
  need: string & Opt = '';

  /** Who benefits. */
  @Property({ type: 'text' })
  beneficiaries: string & Opt = '';

  /** How it could live economically. */
  @Property({ type: 'text' })
  economicModel: string & Opt = '';

  @ManyToOne(() => Cluster, { nullable: true, deleteRule: 'set null' })
  cluster: Cluster | null = null;

  /** Order on the board; a new position between two neighbours is their midpoint. */
  @Property({ type: 'double' })
  position: number & Opt = 0;

  /** Set when this idea was merged into another: it leaves the board, its votes moved there. */
  @ManyToOne(() => Idea, { nullable: true })
  mergedInto: Idea | null = null;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  deletedAt: Date | null = null;

  /** Place on the impact/feasibility matrix, 0 (low) to 100 (high); both null when not placed. */
  @Property({ type: 'smallint', nullable: true })
  impact: number | null = null;

  @Property({ type: 'smallint', nullable: true })
  feasibility: number | null = null;

  @ManyToMany(() => Need, undefined, { pivotTable: 'idea_need', joinColumn: 'idea_id', inverseJoinColumn: 'need_id' })
  needs = new Collection<Need>(this);

  constructor(room: Room, author: Participant, title: string, position: number) {
    super();
    this.room = room;
    this.author = author;
    this.title = title;
    this.position = position;
  }

  get onBoard(): boolean {
    return this.deletedAt === null && this.mergedInto === null;
  }
}
