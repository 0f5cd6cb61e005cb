import { Entity, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { BaseEntity } from '../core/database/base.entity.js';
import { Idea } from '../ideas/idea.entity.js';
import { Participant } from '../rooms/participant.entity.js';
import { Room } from '../rooms/room.entity.js';

/** The dots one participant put on one idea. */
@Entity({ tableName: 'vote' })
@Unique({ properties: ['idea', 'participant'] })
export class Vote extends BaseEntity {
  @ManyToOne(() => Room)
  room: Room;

  @ManyToOne(() => Idea)
  idea: Idea;

  @ManyToOne(() => Participant)
  participant: Participant;

  @Property({ type: 'integer' })
  count: number;

  constructor(room: Room, idea: Idea, participant: Participant, count: number) {
    super();
    this.room = room;
    this.idea = idea;
    this.participant = participant;
    this.count = count;
  }
}
