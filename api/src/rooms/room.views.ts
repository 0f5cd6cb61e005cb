import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Node, toGlobalId } from '../core/graphql/node.js';
import type { Participant } from './participant.entity.js';
import { MatrixPlacementView } from '../ideas/matrix.view.js';

/*
 * What the room shows, as plain JSON-ready objects. Queries build them for the viewer; events store them
 * as payloads (one audience per event), so delivering an event needs no database read.
 */

@ObjectType('Participant', { implements: Node, description: 'Someone in a room: a participant who joined with the code, or a facilitator.' })
export class ParticipantView {
  __typename = 'Participant' as const;

  @Field(() => ID, { name: 'id', description: 'Opaque global id of the participant.' })
  nodeId: string;

  @Field(() => String, { description: 'Name shown in the room.' })
  displayName: string;

  @Field(() => Boolean, { description: 'Whether this is a facilitator.' })
  isFacilitator: boolean;
}

export function participantView(p: Participant): ParticipantView {
  return { __typename: 'Participant', nodeId: toGlobalId('Participant', p.id), displayName: p.displayName, isFacilitator: p.user !== null };
}

@ObjectType('IdeaVotes', { description: 'Votes on an idea, as far as the viewer may see them.' })
export class IdeaVotesView {
  @Field(() => Int, { nullable: true, description: 'Total dots on the idea; null while tallies are hidden from the viewer.' })
  total: number | null;

  @Field(() => Int, { nullable: true, description: 'How many people voted for it; null while hidden.' })
  voters: number | null;

  @Field(() => Int, { nullable: true, description: 'The viewer’s own dots on it (null in events and for viewers who cannot vote).' })
  mine: number | null;
}

@ObjectType('Idea', { implements: Node, description: 'An activity idea written in a room.' })
export class IdeaView {
  __typename = 'Idea' as const;

  @Field(() => ID, { name: 'id', description: 'Opaque global id of the idea.' })
  nodeId: string;

  @Field(() => ID, { description: 'The room the idea belongs to.' })
  roomId: string;

  @Field(() => String, { description: 'Title of the idea.' })
  title: string;

  @Field(() => String, { description: 'The idea in more detail.' })
  description: string;

  @Field(() => String, { description: 'The need it answers (a structured field of the card; empty when not written).' })
  need: string;

  @Field(() => String, { description: 'Who benefits (a structured field of the card; empty when not written).' })
  beneficiaries: string;

  @Field(() => String, { description: 'How it could live economically (a structured field of the card; empty when not written).' })
  economicModel: string;

  @Field(() => ParticipantView, { nullable: true, description: 'Who wrote it; null when the room is anonymous and the viewer is not a facilitator.' })
  author: ParticipantView | null;

  @Field(() => ID, { nullable: true, description: 'The cluster it is grouped in.' })
  clusterId: string | null;

  @Field(() => Float, { description: 'Order on the board (ascending).' })
  position: number;

  @Field(() => [ID], { description: 'Needs the idea answers.' })
  needIds: string[];

  @Field(() => [ID], { description: 'Ideas that were merged into this one (lineage).' })
  mergedFromIds: string[];

  @Field(() => Boolean, { description: 'Whether it is still hidden from other participants (private writing, not yet revealed).' })
  private: boolean;

  @Field(() => IdeaVotesView, { description: 'Votes on the idea, as far as the viewer may see them.' })
  votes: IdeaVotesView;

  @Field(() => MatrixPlacementView, { nullable: true, description: 'Its place on the impact/feasibility matrix (set by facilitators in the results); null when not placed.' })
  matrix: MatrixPlacementView | null;

  @Field(() => Date, { description: 'When it was written.' })
  createdAt: Date | string;

  @Field(() => Date, { description: 'When it last changed.' })
  updatedAt: Date | string;
}

@ObjectType('Cluster', { description: 'A group of ideas on the board.' })
export class ClusterView {
  @Field(() => ID, { description: 'Global id of the cluster.' })
  id: string;

  @Field(() => String, { description: 'Name of the group.' })
  label: string;

  @Field(() => Float, { description: 'Order on the board (ascending).' })
  position: number;
}

@ObjectType('VoteProgress', { description: 'How many dots one person has spent (facilitators see it while tallies are hidden).' })
export class VoteProgressView {
  @Field(() => ParticipantView, { description: 'Who.' })
  participant: ParticipantView;

  @Field(() => Int, { description: 'Dots spent.' })
  used: number;
}
