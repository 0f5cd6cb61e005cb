import { Entity, Enum, ManyToOne, Property } from '@mikro-orm/core';
import { BaseEntity } from '../core/database/base.entity.js';
import { User } from './user.entity.js';

export enum SessionKind {
  FACILITATOR = 'FACILITATOR',
  PARTICIPANT = 'PARTICIPANT',
}

/**
 * A signed-in session. The token handed out is signed and carries the session id and expiry; the row
 * lets logout revoke it before it expires. Participant sessions point at a room participant (rooms feature).
 */
@Entity({ tableName: 'session' })
export class Session extends BaseEntity {
  @Enum({ items: () => SessionKind, nativeEnumName: 'session_kind' })
  kind: SessionKind;

  @ManyToOne(() => User, { nullable: true })
  user: User | null = null;

  /** Set for participant sessions: the room participant this token speaks for. */
  @Property({ type: 'uuid', nullable: true })
  participantId: string | null = null;

  /** Participant sessions: the room joined, and its factory (kept here so a request needs no join). */
  @Property({ type: 'uuid', nullable: true })
  roomId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  factoryId: string | null = null;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  expiresAt: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  revokedAt: Date | null = null;

  constructor(kind: SessionKind, expiresAt: Date) {
    super();
    this.kind = kind;
    this.expiresAt = expiresAt;
  }
}
