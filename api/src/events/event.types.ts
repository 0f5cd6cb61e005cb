import { Field, ID, Int, InterfaceType, ObjectType } from 'type-graphql';
import { PhaseTimer, Phase, RoomSettings } from '../rooms/room.entity.js';
import { ClusterView, IdeaView, ParticipantView, VoteProgressView } from '../rooms/room.views.js';
import { InitiativeSnapshot } from '../library/initiative.snapshot.js';

/*
 * The events of `roomEvents`. Each durable event has the room's next sequence number; a client resumes
 * with `afterSeq` = the last `seq` it received. Payload fields are the stored snapshot (room-event.ts).
 */

@InterfaceType('RoomEvent', {
  description: 'Something that happened in a room. `seq` numbers the room’s events 1, 2, 3… without gaps for every subscriber.',
  resolveType: (value: { __typename: string }) => value.__typename,
})
export abstract class RoomEvent {
  @Field(() => Int, { description: 'Sequence number in the room; pass the last one received as `afterSeq` when resubscribing.' })
  seq: number;

  @Field(() => Date, { description: 'When it happened (server time).' })
  at: Date | string;
}

@ObjectType('SeqAdvanced', { implements: RoomEvent, description: 'An event the viewer may not see (a hidden vote, a private idea): only its number is delivered.' })
export class SeqAdvanced extends RoomEvent {}

@ObjectType('ParticipantJoined', { implements: RoomEvent, description: 'Someone joined the room, or rejoined under another name (same participant id: update the name).' })
export class ParticipantJoined extends RoomEvent {
  @Field(() => ParticipantView, { description: 'Who joined.' })
  participant: ParticipantView;
}

@ObjectType('ParticipantRemoved', { implements: RoomEvent, description: 'A facilitator removed someone from the room.' })
export class ParticipantRemoved extends RoomEvent {
  @Field(() => ID, { description: 'Who was removed.' })
  participantId: string;
}

@ObjectType('PhaseChanged', { implements: RoomEvent, description: 'The room moved to another phase.' })
export class PhaseChanged extends RoomEvent {
  @Field(() => Phase, { description: 'The new phase.' })
  phase: Phase;

  @Field(() => PhaseTimer, { nullable: true, description: 'Its timer, if one was set.' })
  timer: PhaseTimer | null;
}

@ObjectType('TimerChanged', { implements: RoomEvent, description: 'The phase timer was set, paused, resumed, extended or cleared.' })
export class TimerChanged extends RoomEvent {
  @Field(() => PhaseTimer, { nullable: true, description: 'The timer now; null when cleared.' })
  timer: PhaseTimer | null;
}

@ObjectType('RoomSettingsChanged', { implements: RoomEvent, description: 'Settings, lock or reveal flags changed.' })
export class RoomSettingsChanged extends RoomEvent {
  @Field(() => RoomSettings, { description: 'The settings now.' })
  settings: RoomSettings;

  @Field(() => Boolean, { description: 'Whether new participants are refused.' })
  locked: boolean;

  @Field(() => Boolean, { description: 'Whether private ideas are revealed.' })
  ideasRevealed: boolean;

  @Field(() => Boolean, { description: 'Whether tallies are revealed.' })
  talliesRevealed: boolean;
}

@ObjectType('IdeaAdded', { implements: RoomEvent, description: 'An idea was written.' })
export class IdeaAdded extends RoomEvent {
  @Field(() => IdeaView, { description: 'The idea.' })
  idea: IdeaView;
}

@ObjectType('IdeaUpdated', { implements: RoomEvent, description: 'An idea changed (text, needs, cluster, position).' })
export class IdeaUpdated extends RoomEvent {
  @Field(() => IdeaView, { description: 'The idea now.' })
  idea: IdeaView;
}

@ObjectType('IdeaRemoved', { implements: RoomEvent, description: 'An idea was deleted.' })
export class IdeaRemoved extends RoomEvent {
  @Field(() => ID, { description: 'The deleted idea.' })
  ideaId: string;
}

@ObjectType('IdeasMerged', { implements: RoomEvent, description: 'Ideas were merged into one; the sources left the board and their votes moved.' })
export class IdeasMerged extends RoomEvent {
  @Field(() => IdeaView, { description: 'The idea they were merged into, now.' })
  idea: IdeaView;

  @Field(() => [ID], { description: 'The ideas merged into it.' })
  sourceIds: string[];
}

@ObjectType('IdeasRevealed', { implements: RoomEvent, description: 'The facilitator revealed the private ideas to everyone.' })
export class IdeasRevealed extends RoomEvent {
  @Field(() => [IdeaView], { description: 'Every idea on the board.' })
  ideas: IdeaView[];
}

@ObjectType('ClusterChanged', { implements: RoomEvent, description: 'A cluster was created or renamed or moved.' })
export class ClusterChanged extends RoomEvent {
  @Field(() => ClusterView, { description: 'The cluster now.' })
  cluster: ClusterView;
}

@ObjectType('ClusterRemoved', { implements: RoomEvent, description: 'A cluster was deleted; its ideas are ungrouped.' })
export class ClusterRemoved extends RoomEvent {
  @Field(() => ID, { description: 'The deleted cluster.' })
  clusterId: string;
}

@ObjectType('IdeaTally', { description: 'The public count of an idea’s votes.' })
export class IdeaTally {
  @Field(() => ID, { description: 'The idea.' })
  ideaId: string;

  @Field(() => Int, { description: 'Total dots.' })
  total: number;

  @Field(() => Int, { description: 'How many people voted for it.' })
  voters: number;
}

@ObjectType('VoteTallyChanged', { implements: RoomEvent, description: 'An idea’s public tally changed (tallies visible).' })
export class VoteTallyChanged extends RoomEvent {
  @Field(() => IdeaTally, { description: 'The tally now.' })
  tally: IdeaTally;
}

@ObjectType('MyVotesChanged', { implements: RoomEvent, description: 'The viewer’s own votes changed (only the voter receives it).' })
export class MyVotesChanged extends RoomEvent {
  @Field(() => ID, { description: 'The idea voted on.' })
  ideaId: string;

  @Field(() => Int, { description: 'The viewer’s dots on that idea now.' })
  mine: number;

  @Field(() => Int, { description: 'Dots the viewer has spent in the room.' })
  used: number;

  @Field(() => Int, { description: 'Dots the viewer has left.' })
  remaining: number;
}

@ObjectType('VoteProgressChanged', { implements: RoomEvent, description: 'Someone’s number of spent dots changed (facilitators only).' })
export class VoteProgressChanged extends RoomEvent {
  @Field(() => VoteProgressView, { description: 'Their progress now.' })
  progress: VoteProgressView;
}

@ObjectType('TalliesRevealed', { implements: RoomEvent, description: 'The facilitator revealed the tallies.' })
export class TalliesRevealed extends RoomEvent {
  @Field(() => [IdeaTally], { description: 'Every idea’s tally.' })
  tallies: IdeaTally[];
}

@ObjectType('Editing', { description: 'Someone editing an idea right now.' })
export class EditingView {
  @Field(() => ID, { description: 'Who.' })
  participantId: string;

  @Field(() => ID, { description: 'The idea they are editing.' })
  ideaId: string;
}

@ObjectType('PresenceChanged', { implements: RoomEvent, description: 'Who is in the room, or who edits what, changed. Not stored: `seq` repeats the last durable event’s number.' })
export class PresenceChanged extends RoomEvent {
  @Field(() => [ParticipantView], { description: 'Everyone connected to the room now (several tabs count once).' })
  present: ParticipantView[];

  @Field(() => [EditingView], { description: 'Who among them is editing which idea (see `setEditing`).' })
  editing: EditingView[];
}

@ObjectType('ReferencePushed', { implements: RoomEvent, description: 'A facilitator showed an initiative of the benchmark library to everyone in the room.' })
export class ReferencePushed extends RoomEvent {
  @Field(() => InitiativeSnapshot, { description: 'The initiative, as it was when pushed.' })
  initiative: InitiativeSnapshot;

  @Field(() => ID, { nullable: true, description: 'The idea it was shown for, if any.' })
  ideaId: string | null;

  @Field(() => String, { description: 'Who pushed it.' })
  pushedBy: string;
}

export const eventTypes = [
  SeqAdvanced, ParticipantJoined, ParticipantRemoved, PhaseChanged, TimerChanged, RoomSettingsChanged, IdeaAdded, IdeaUpdated,
  IdeaRemoved, IdeasMerged, IdeasRevealed, ClusterChanged, ClusterRemoved, VoteTallyChanged, MyVotesChanged, VoteProgressChanged,
  TalliesRevealed, PresenceChanged,
  ReferencePushed,
];

/** The payload each durable event type stores (everything but seq and at). */
export interface EventPayloads {
  ParticipantJoined: Omit<ParticipantJoined, 'seq' | 'at'>;
  ParticipantRemoved: Omit<ParticipantRemoved, 'seq' | 'at'>;
  PhaseChanged: Omit<PhaseChanged, 'seq' | 'at'>;
  TimerChanged: Omit<TimerChanged, 'seq' | 'at'>;
  RoomSettingsChanged: Omit<RoomSettingsChanged, 'seq' | 'at'>;
  IdeaAdded: Omit<IdeaAdded, 'seq' | 'at'>;
  IdeaUpdated: Omit<IdeaUpdated, 'seq' | 'at'>;
  IdeaRemoved: Omit<IdeaRemoved, 'seq' | 'at'>;
  IdeasMerged: Omit<IdeasMerged, 'seq' | 'at'>;
  IdeasRevealed: Omit<IdeasRevealed, 'seq' | 'at'>;
  ClusterChanged: Omit<ClusterChanged, 'seq' | 'at'>;
  ClusterRemoved: Omit<ClusterRemoved, 'seq' | 'at'>;
  VoteTallyChanged: Omit<VoteTallyChanged, 'seq' | 'at'>;
  MyVotesChanged: Omit<MyVotesChanged, 'seq' | 'at'>;
  VoteProgressChanged: Omit<VoteProgressChanged, 'seq' | 'at'>;
  TalliesRevealed: Omit<TalliesRevealed, 'seq' | 'at'>;
  ReferencePushed: Omit<ReferencePushed, 'seq' | 'at'>;
}
export type DurableEventType = keyof EventPayloads;
