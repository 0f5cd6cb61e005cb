import { Field, Int, ObjectType } from 'type-graphql';
import { IdeaView, ParticipantView } from './room.views.js';
import { Room } from './room.entity.js';

@ObjectType('JoinRoomPayload', { description: 'A participant token for one room.' })
export class JoinRoomPayload {
  @Field(() => String, { description: 'Participant token: `Authorization: Bearer <token>` or `connection_init` `{ authorization }`. Keep it to rejoin as the same participant.' })
  token: string;

  @Field(() => ParticipantView, { description: 'The participant.' })
  participant: ParticipantView;

  @Field(() => Room, { description: 'The room joined.' })
  room: Room;
}

@ObjectType('MyVoteBudget', { description: 'The viewer’s dots in a room.' })
export class MyVoteBudget {
  @Field(() => Int, { description: 'Dots spent.' })
  used: number;

  @Field(() => Int, { description: 'Dots left.' })
  remaining: number;
}

@ObjectType('MyVotes', { description: 'The viewer’s votes on an idea after a vote or a retraction.' })
export class MyVotesPayload {
  @Field(() => String, { description: 'The idea.' })
  ideaId: string;

  @Field(() => Int, { description: 'The viewer’s dots on it now.' })
  mine: number;

  @Field(() => Int, { description: 'Dots the viewer has spent in the room.' })
  used: number;

  @Field(() => Int, { description: 'Dots the viewer has left.' })
  remaining: number;
}

@ObjectType('RankedIdea', { description: 'An idea in the results.' })
export class RankedIdea {
  @Field(() => Int, { description: 'Rank, ties sharing a rank (1, 2, 2, 4…).' })
  rank: number;

  @Field(() => IdeaView, { description: 'The idea.' })
  idea: IdeaView;

  @Field(() => Int, { description: 'Total dots.' })
  total: number;

  @Field(() => Int, { description: 'How many people voted for it.' })
  voters: number;
}

@ObjectType('RoomResults', { description: 'Results of the vote.' })
export class RoomResults {
  @Field(() => [RankedIdea], { description: 'Ideas by votes, most first.' })
  ranking: RankedIdea[];

  @Field(() => Int, { description: 'How many people voted.' })
  voters: number;

  @Field(() => Int, { description: 'How many dots were spent in all.' })
  votesCast: number;
}
