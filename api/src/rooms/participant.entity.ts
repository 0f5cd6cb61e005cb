import { Entity, ManyToOne, Property, Unique, type Opt } from '@mikro-orm/core';
import { BaseEntity } from '../core/database/base.entity.js';
import { User } from '../identity/user.entity.js';
import { Room } from './room.entity.js';

/**
 * Someone in a room: a participant who joined with the code (no account), or a facilitator (linked to
 * their user). Every voter and author is a participant row, so rules and locks treat them alike.
 */
@Entity({ tableName: 'participant' })
@Unique({ properties: ['room', 'user'] })
export class Participant extends BaseEntity {
  @ManyToOne(() => Room)
  room: Room;

  @Property({ type: 'string' })
  displayName: string;

  /** Set for facilitators. */
  @ManyToOne(() => User, { nullable: true })
  user: User | null = null;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  removedAt: Date | null = null;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  lastSeenAt: Date & Opt = new Date();

  constructor(room: Room, displayName: string, user: User | null = null) {
    super();
    this.room = room;
    this.displayName = displayName;
    this.user = user;
  }

  get isFacilitator(): boolean {
    return this.user !== null;
  }
}
