import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../core/context.js';
import { badUserInput } from '../core/errors.js';
import { idOf } from '../core/graphql/node.js';
import { connectionType, PageArgs, type ConnectionShape } from '../core/graphql/relay.js';
import { Factory } from '../factories/factory.entity.js';
import { getFactory } from '../factories/factory.service.js';
import { Need } from '../needs/need.entity.js';
import * as ideas from '../ideas/idea.service.js';
import { Participant } from './participant.entity.js';
import { Phase, Room } from './room.entity.js';
import { CreateRoomInput, JoinRoomInput, TIMER_MAX_SECONDS, TimerActionEnum, UpdateRoomInput } from './room.inputs.js';
import * as rooms from './room.service.js';
import { JoinRoomPayload, MyVoteBudget, RoomResults } from './room.types.js';
import { ClusterView, IdeaView, ParticipantView, VoteProgressView, participantView } from './room.views.js';
import * as votes from '../votes/vote.service.js';

export const RoomConnection = connectionType(Room, 'Room', 'room');

const roomId = (id: string) => idOf(id, 'Room', 'roomId');

function seconds(value: number | null | undefined, field: string): number | null {
  if (value === null || value === undefined) return null;
  if (!Number.isInteger(value) || value < 1 || value > TIMER_MAX_SECONDS) throw badUserInput(`Seconds must be between 1 and ${TIMER_MAX_SECONDS}.`, { [field]: [`must be 1–${TIMER_MAX_SECONDS}`] });
  return value;
}

@Resolver(() => Room)
export class RoomResolver {
  @Query(() => Room, { description: 'A room the viewer may see (facilitators of its factory, its participants, read tokens).' })
  room(@Arg('id', () => ID, { description: 'The room.' }) id: string, @Ctx() ctx: Context): Promise<Room> {
    return rooms.getRoom(ctx, roomId(id));
  }

  @Mutation(() => Room, { description: 'Creates an ideation room with a join code (facilitators).' })
  createRoom(@Arg('input', () => CreateRoomInput, { description: 'The room.' }) input: CreateRoomInput, @Ctx() ctx: Context): Promise<Room> {
    return rooms.createRoom(ctx, idOf(input.factoryId, 'Factory', 'factoryId'), input);
  }

  @Mutation(() => Room, { description: 'Changes a room’s title, purpose, needs, settings or lock (facilitators).' })
  updateRoom(@Arg('input', () => UpdateRoomInput, { description: 'The changes.' }) input: UpdateRoomInput, @Ctx() ctx: Context): Promise<Room> {
    return rooms.updateRoom(ctx, roomId(input.roomId), input);
  }

  @Mutation(() => JoinRoomPayload, { description: 'Joins a room with its code and a display name; no account needed. Sending the previous participant token rejoins as the same participant.' })
  async joinRoom(@Arg('input', () => JoinRoomInput, { description: 'Code and name.' }) input: JoinRoomInput, @Ctx() ctx: Context): Promise<JoinRoomPayload> {
    const joined = await rooms.joinRoom(ctx, input.code, input.displayName);
    return { token: joined.token, participant: participantView(joined.participant), room: joined.room };
  }

  @Mutation(() => Room, { description: 'Moves the room to a phase, optionally with a timer (facilitators).' })
  setPhase(
    @Arg('roomId', () => ID, { description: 'The room.' }) id: string,
    @Arg('phase', () => Phase, { description: 'The phase to move to.' }) phase: Phase,
    @Arg('timerSeconds', () => Int, { nullable: true, description: 'Start a timer of this many seconds.' }) timerSeconds: number | null,
    @Ctx() ctx: Context,
  ): Promise<Room> {
    return rooms.setPhase(ctx, roomId(id), phase, seconds(timerSeconds, 'timerSeconds'));
  }

  @Mutation(() => Room, { description: 'Starts, pauses, resumes, extends or clears the phase timer (facilitators).' })
  changeTimer(
    @Arg('roomId', () => ID, { description: 'The room.' }) id: string,
    @Arg('action', () => TimerActionEnum, { description: 'What to do.' }) action: TimerActionEnum,
    @Arg('seconds', () => Int, { nullable: true, description: 'For START and EXTEND.' }) secs: number | null,
    @Ctx() ctx: Context,
  ): Promise<Room> {
    return rooms.changeTimer(ctx, roomId(id), action, seconds(secs, 'seconds'));
  }

  @Mutation(() => Room, { description: 'Reveals private ideas to everyone (facilitators).' })
  revealIdeas(@Arg('roomId', () => ID, { description: 'The room.' }) id: string, @Ctx() ctx: Context): Promise<Room> {
    return ideas.revealIdeas(ctx, roomId(id));
  }

  @Mutation(() => Room, { description: 'Reveals hidden vote tallies to everyone (facilitators).' })
  revealTallies(@Arg('roomId', () => ID, { description: 'The room.' }) id: string, @Ctx() ctx: Context): Promise<Room> {
    return ideas.revealTallies(ctx, roomId(id));
  }

  @Mutation(() => Boolean, { description: 'Removes a participant: their token stops working at once (facilitators). False if already removed.' })
  removeParticipant(
    @Arg('roomId', () => ID, { description: 'The room.' }) id: string,
    @Arg('participantId', () => ID, { description: 'Who to remove.' }) participantId: string,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    return rooms.removeParticipant(ctx, roomId(id), idOf(participantId, 'Participant', 'participantId'));
  }

  @FieldResolver(() => Date, { description: 'The server’s clock now: count timers down from `timer.endsAt - serverTime`, not from the device clock.' })
  serverTime(): Date {
    return new Date();
  }

  @FieldResolver(() => Factory, { description: 'The factory running the room.' })
  factory(@Root() room: Room, @Ctx() ctx: Context): Promise<Factory> {
    return getFactory(ctx, room.factory.id);
  }

  @FieldResolver(() => [Need], { description: 'Needs the room works on.' })
  async needs(@Root() room: Room, @Ctx() ctx: Context): Promise<Need[]> {
    return ctx.loaders.loadMany(
      'needsByRoom',
      async (ids) => {
        const rows = await ctx.em.getConnection().execute<{ room_id: string; need_id: string }[]>('select room_id, need_id from room_need where room_id = any(?::uuid[])', [`{${ids.join(',')}}`]);
        const needs = await ctx.em.find(Need, { id: { $in: rows.map((r) => r.need_id) } });
        return rows.map((r) => ({ roomId: r.room_id, need: needs.find((n) => n.id === r.need_id)! }));
      },
      (row) => row.roomId,
      room.id,
    ).then((rows) => rows.map((r) => r.need));
  }

  @FieldResolver(() => [ParticipantView], { description: 'Everyone who joined and was not removed, by name.' })
  async participants(@Root() room: Room, @Ctx() ctx: Context): Promise<ParticipantView[]> {
    const people = await ctx.em.find(Participant, { room: room.id, removedAt: null }, { orderBy: { displayName: 'asc' } });
    return people.map(participantView);
  }

  @FieldResolver(() => [IdeaView], { description: 'The ideas on the board, in order, as the viewer may see them.' })
  ideas(@Root() room: Room, @Ctx() ctx: Context): Promise<IdeaView[]> {
    return ideas.boardOf(ctx, room);
  }

  @FieldResolver(() => [ClusterView], { description: 'The clusters of the board, in order.' })
  clusters(@Root() room: Room, @Ctx() ctx: Context): Promise<ClusterView[]> {
    return ideas.clustersOf(ctx, room);
  }

  @FieldResolver(() => ParticipantView, { nullable: true, description: 'The viewer as a participant of the room, if they are one.' })
  async me(@Root() room: Room, @Ctx() ctx: Context): Promise<ParticipantView | null> {
    const id = await rooms.participantIdOf(ctx, room);
    const p = id ? await ctx.em.findOne(Participant, id) : null;
    return p ? participantView(p) : null;
  }

  @FieldResolver(() => MyVoteBudget, { nullable: true, description: 'The viewer’s dots spent and left; null if the viewer has not taken part.' })
  async myVotes(@Root() room: Room, @Ctx() ctx: Context): Promise<MyVoteBudget | null> {
    return votes.myBudget(ctx, room, await rooms.participantIdOf(ctx, room));
  }

  @FieldResolver(() => RoomResults, { nullable: true, description: 'Results of the vote; null while tallies are hidden from the viewer.' })
  async results(@Root() room: Room, @Ctx() ctx: Context): Promise<RoomResults | null> {
    return votes.resultsOf(ctx, room, () => ideas.boardOf(ctx, room));
  }

  @FieldResolver(() => [VoteProgressView], { description: 'How many dots each person has spent (facilitators only).' })
  async voteProgress(@Root() room: Room, @Ctx() ctx: Context): Promise<VoteProgressView[]> {
    return (await votes.progressOf(ctx, room)).map(({ participant, used }) => ({ participant: participantView(participant), used }));
  }
}

@Resolver(() => Factory)
export class FactoryRoomsResolver {
  @FieldResolver(() => RoomConnection, { description: 'Rooms of the factory, newest first (facilitators).' })
  rooms(@Root() factory: Factory, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context): Promise<ConnectionShape<Room>> {
    return rooms.listRooms(ctx, factory.id, page);
  }
}

