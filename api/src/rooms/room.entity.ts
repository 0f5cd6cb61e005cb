import { Entity, Enum, ManyToMany, ManyToOne, Property, Collection, type Opt } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../core/database/base.entity.js';
import { phaseClosed } from '../core/errors.js';
import { Node } from '../core/graphql/node.js';
import { Factory } from '../factories/factory.entity.js';
import { User } from '../identity/user.entity.js';
import { Need } from '../needs/need.entity.js';

/** The facilitated phases of a room, in order. */
export enum Phase {
  NEEDS = 'NEEDS',
  DIVERGE = 'DIVERGE',
  CLUSTER = 'CLUSTER',
  VOTE = 'VOTE',
  CONVERGE = 'CONVERGE',
  CLOSED = 'CLOSED',
}
export const PHASES: readonly Phase[] = [Phase.NEEDS, Phase.DIVERGE, Phase.CLUSTER, Phase.VOTE, Phase.CONVERGE, Phase.CLOSED];

registerEnumType(Phase, {
  name: 'Phase',
  description: 'The facilitated phases of an ideation room, in order.',
  valuesConfig: {
    NEEDS: { description: 'Frame the needs the room works on.' },
    DIVERGE: { description: 'Write ideas.' },
    CLUSTER: { description: 'Group and merge ideas.' },
    VOTE: { description: 'Dot voting.' },
    CONVERGE: { description: 'Shortlist and decide.' },
    CLOSED: { description: 'The room is over: read-only.' },
  },
});

/** How a room runs. Stored as JSON; every field has a default. */
@ObjectType('RoomSettings', { description: 'How a room runs.' })
export class RoomSettings {
  @Field(() => Boolean, { description: 'Hide idea authors from other participants.' })
  anonymousIdeas = false;

  @Field(() => Boolean, { description: 'Ideas stay visible only to their author and facilitators until the facilitator reveals them.' })
  privateWriting = false;

  @Field(() => Int, { description: 'Dots each participant may spend in the room.' })
  votesPerParticipant = 5;

  @Field(() => Int, { description: 'Dots one participant may put on one idea.' })
  maxVotesPerIdea = 2;

  @Field(() => Boolean, { description: 'Participants see only their own votes until the facilitator reveals the tallies.' })
  hiddenTallies = true;

  @Field(() => Boolean, { description: 'Whether facilitators vote too.' })
  facilitatorsVote = false;

  @Field(() => Boolean, { description: 'Participants may still add ideas after DIVERGE (until VOTE ends).' })
  allowLateIdeas = false;
}

/** The server-authoritative timer of the current phase. */
@ObjectType('PhaseTimer', { description: 'The server-authoritative timer of the current phase. Compare with `Room.serverTime` to count down.' })
export class PhaseTimer {
  @Field(() => Date, { nullable: true, description: 'When the phase ends (null while paused).' })
  endsAt: Date | null;

  @Field(() => Int, { description: 'Milliseconds left when paused; while running, derive them from `endsAt`.' })
  remainingMs: number;

  @Field(() => Boolean, { description: 'Whether the timer is paused.' })
  paused: boolean;
}

/** A live ideation session (séance / atelier d'idéation). */
@ObjectType('Room', { implements: Node, description: "A live ideation session (séance d'idéation) of a factory." })
@Entity({ tableName: 'room' })
export class Room extends BaseEntity {
  @ManyToOne(() => Factory)
  factory: Factory;

  @Field(() => String, { description: 'Title of the session.' })
  @Property({ type: 'string' })
  title: string;

  @Field(() => String, { description: 'What the session is for.' })
  @Property({ type: 'text' })
  purpose: string & Opt = '';

  /** Short join code from an unambiguous alphabet (no 0/O, 1/I/L). */
  @Field(() => String, { description: 'Short join code participants type (unambiguous characters).' })
  @Property({ type: 'string', unique: true })
  code: string;

  @Field(() => Phase, { description: 'The current phase.' })
  @Enum({ items: () => Phase, nativeEnumName: 'room_phase' })
  phase: Phase & Opt = Phase.NEEDS;

  /** As stored; read through `settings`, which fills in defaults for fields added later. */
  @Property({ type: 'json', fieldName: 'settings' })
  storedSettings: Partial<RoomSettings> & Opt = {};

  @Field(() => RoomSettings, { description: 'How the room runs.' })
  get settings(): RoomSettings {
    return Object.assign(new RoomSettings(), this.storedSettings);
  }

  set settings(value: RoomSettings) {
    this.storedSettings = { ...value };
  }

  @Field(() => Boolean, { description: 'Whether new participants are refused.' })
  @Property({ type: 'boolean' })
  locked: boolean & Opt = false;

  @Field(() => Boolean, { description: 'Whether private ideas have been revealed to everyone.' })
  @Property({ type: 'boolean' })
  ideasRevealed: boolean & Opt = false;

  @Field(() => Boolean, { description: 'Whether hidden vote tallies have been revealed.' })
  @Property({ type: 'boolean' })
  talliesRevealed: boolean & Opt = false;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  timerEndsAt: Date | null = null;

  /** Set while the timer is paused: what was left. */
  @Property({ type: 'integer', nullable: true })
  timerPausedRemainingMs: number | null = null;

  /** Last event sequence number of the room: events are numbered 1, 2, 3… without gaps. */
  @Field(() => Int, { description: 'Sequence number of the latest room event; pass it as `afterSeq` to `roomEvents` to resume from here.' })
  @Property({ type: 'integer' })
  lastSeq: number & Opt = 0;

  @ManyToMany(() => Need, undefined, { pivotTable: 'room_need', joinColumn: 'room_id', inverseJoinColumn: 'need_id' })
  needs = new Collection<Need>(this);

  @ManyToOne(() => User)
  createdBy: User;

  constructor(factory: Factory, title: string, code: string, createdBy: User) {
    super();
    this.factory = factory;
    this.title = title;
    this.code = code;
    this.createdBy = createdBy;
  }

  @Field(() => PhaseTimer, { nullable: true, description: 'The timer of the current phase, if one is set.' })
  get timer(): PhaseTimer | null {
    if (this.timerPausedRemainingMs !== null) return { endsAt: null, remainingMs: this.timerPausedRemainingMs, paused: true };
    if (this.timerEndsAt) return { endsAt: this.timerEndsAt, remainingMs: Math.max(0, this.timerEndsAt.getTime() - Date.now()), paused: false };
    return null;
  }

  /** Throws PHASE_CLOSED unless the room is in one of `phases`. */
  requirePhase(phases: readonly Phase[], what: string): void {
    if (!phases.includes(this.phase)) throw phaseClosed(`${what} is not possible in phase ${this.phase}.`);
  }

  /** Moving to another phase clears its timer. */
  moveTo(phase: Phase): void {
    this.phase = phase;
    this.timerEndsAt = null;
    this.timerPausedRemainingMs = null;
  }

  startTimer(durationMs: number, now = Date.now()): void {
    this.timerEndsAt = new Date(now + durationMs);
    this.timerPausedRemainingMs = null;
  }

  pauseTimer(now = Date.now()): void {
    if (!this.timerEndsAt) return;
    this.timerPausedRemainingMs = Math.max(0, this.timerEndsAt.getTime() - now);
    this.timerEndsAt = null;
  }

  resumeTimer(now = Date.now()): void {
    if (this.timerPausedRemainingMs === null) return;
    this.startTimer(this.timerPausedRemainingMs, now);
  }

  extendTimer(ms: number, now = Date.now()): void {
    if (this.timerPausedRemainingMs !== null) this.timerPausedRemainingMs += ms;
    else if (this.timerEndsAt) this.timerEndsAt = new Date(Math.max(this.timerEndsAt.getTime(), now) + ms);
    else this.startTimer(ms, now);
  }
}
