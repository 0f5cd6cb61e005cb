import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { Context } from '../core/context.js';
import { paginate } from '../core/database/paginate.js';
import { badUserInput, notFound, roomLocked } from '../core/errors.js';
import { idOf } from '../core/graphql/node.js';
import type { ConnectionShape } from '../core/graphql/relay.js';
import { RateLimiter } from '../core/rate-limit.js';
import { AUDIENCE_ALL } from '../events/room-event.js';
import { inRoomTransaction, type RoomTx } from '../events/room-tx.js';
import { Factory } from '../factories/factory.entity.js';
import { authorize, type Action } from '../identity/policy.js';
import { Session, SessionKind } from '../identity/session.entity.js';
import { signSessionToken } from '../identity/tokens.js';
import { User } from '../identity/user.entity.js';
import type { Viewer } from '../identity/viewer.js';
import { Need } from '../needs/need.entity.js';
import { newJoinCode, normalizeJoinCode } from './join-code.js';
import { Participant } from './participant.entity.js';
import { lensFor, type RoomLens } from './room-lens.js';
import { PHASES, Phase, Room, RoomSettings } from './room.entity.js';
import { participantView } from './room.views.js';

export interface RoomInput {
  title: string;
  purpose?: string | null;
  needIds?: string[] | null;
  settings?: Partial<RoomSettings> | null;
}

const scope = (room: Room) => ({ factoryId: room.factory.id, roomId: room.id });

/** The room, if the viewer may do `action` in it. */
export async function getRoom(ctx: Context, roomId: string, action: Action = 'room:read'): Promise<Room> {
  const room = await ctx.loaders.load(Room, roomId);
  if (!room) throw notFound('Room');
  authorize(ctx.viewer, action, scope(room));
  return room;
}

export async function listRooms(ctx: Context, factoryId: string, page: { first?: number | null; after?: string | null }): Promise<ConnectionShape<Room>> {
  authorize(ctx.viewer, 'room:create', factoryId);
  return paginate(ctx.em, Room, { factory: factoryId }, page);
}

function settingsFrom(base: RoomSettings, patch: Partial<RoomSettings> | null | undefined): RoomSettings {
  const next = Object.assign(new RoomSettings(), base, Object.fromEntries(Object.entries(patch ?? {}).filter(([, v]) => v !== null && v !== undefined)));
  if (next.maxVotesPerIdea > next.votesPerParticipant) {
    throw badUserInput('An idea cannot take more dots than a participant has.', { 'settings.maxVotesPerIdea': ['must not exceed votesPerParticipant'] });
  }
  return next;
}

async function needsOf(ctx: Context, factoryId: string, needIds: string[]): Promise<Need[]> {
  const ids = [...new Set(needIds.map((id) => idOf(id, 'Need', 'needIds')))];
  const needs = ids.length ? await ctx.em.find(Need, { id: { $in: ids }, factory: factoryId }) : [];
  if (needs.length !== ids.length) throw badUserInput('Some needs are not the factory’s.', { needIds: ['must be needs of the room’s factory'] });
  return needs;
}

export async function createRoom(ctx: Context, factoryId: string, input: RoomInput): Promise<Room> {
  authorize(ctx.viewer, 'room:create', factoryId);
  const viewer = ctx.viewer as Extract<Viewer, { kind: 'FACILITATOR' }>;
  const factory = await ctx.em.findOne(Factory, factoryId);
  if (!factory) throw notFound('Factory');
  const needs = await needsOf(ctx, factoryId, input.needIds ?? []);
  const settings = settingsFrom(new RoomSettings(), input.settings);
  // A fresh code collides about once in 600 million rooms: retry on the unique index rather than check first.
  for (let attempt = 0; ; attempt++) {
    try {
      const id = await ctx.em.transactional(async (em) => {
        const room = new Room(em.getReference(Factory, factory.id), input.title.trim(), newJoinCode(), em.getReference(User, viewer.userId));
        room.purpose = input.purpose?.trim() ?? '';
        room.settings = settings;
        room.needs.set(needs.map((n) => em.getReference(Need, n.id)));
        em.persist(room);
        return room.id;
      });
      return await ctx.em.findOneOrFail(Room, id);
    } catch (error) {
      if (!(error instanceof UniqueConstraintViolationException) || attempt >= 5) throw error;
    }
  }
}

export interface JoinResult {
  token: string;
  participant: Participant;
  room: Room;
}

// Codes are short: slow down guessing them from one address.
const joinLimiter = new RateLimiter(30, 60_000);

/**
 * Joins a room by its code with a display name; no account needed. A participant who joins again with
 * their token (same browser) stays the same participant. New participants are announced to the room.
 */
export async function joinRoom(ctx: Context, code: string, displayName: string): Promise<JoinResult> {
  const name = displayName.trim().replace(/\s+/g, ' ');
  if (name.length < 1 || name.length > 40) throw badUserInput('Choose a name of 1 to 40 characters.', { displayName: ['must have 1 to 40 characters'] });
  const found = await ctx.em.findOne(Room, { code: normalizeJoinCode(code) });
  if (!found) {
    joinLimiter.hit(ctx.clientIp);
    throw notFound('Room');
  }
  const viewer = ctx.viewer;
  return inRoomTransaction(ctx, found.id, async (tx) => {
    let participant: Participant | null = null;
    if (viewer.kind === 'PARTICIPANT' && viewer.roomId === tx.room.id) {
      participant = await tx.em.findOne(Participant, { id: viewer.participantId, removedAt: null });
    }
    if (participant) {
      if (participant.displayName !== name) {
        participant.displayName = name;
        tx.emit('ParticipantJoined', { participant: participantView(participant) }, [AUDIENCE_ALL]);
      }
    } else {
      if (tx.room.locked) throw roomLocked();
      participant = new Participant(tx.room, name);
      // Written before the session that points at it (no ORM relation orders the two inserts).
      await tx.em.persistAndFlush(participant);
      tx.emit('ParticipantJoined', { participant: participantView(participant) }, [AUDIENCE_ALL]);
    }
    const expiresAt = new Date(Date.now() + ctx.app.config.sessionTtlSeconds * 1000);
    const session = new Session(SessionKind.PARTICIPANT, expiresAt);
    session.participantId = participant.id;
    session.roomId = tx.room.id;
    session.factoryId = tx.room.factory.id;
    tx.em.persist(session);
    return { token: signSessionToken(ctx.app.sessionSecret, session.id, expiresAt), participant, room: tx.room };
  });
}

/**
 * The participant acting for the viewer in this room: the participant themself, or the facilitator's own
 * participant row (created on first action and announced).
 */
export async function actingParticipant(ctx: Context, tx: RoomTx): Promise<Participant> {
  const viewer = ctx.viewer;
  if (viewer.kind === 'PARTICIPANT' && viewer.roomId === tx.room.id) {
    const p = await tx.em.findOne(Participant, { id: viewer.participantId, removedAt: null }, { populate: ['user'] });
    if (p) return p;
  }
  if (viewer.kind === 'FACILITATOR') {
    const existing = await tx.em.findOne(Participant, { room: tx.room.id, user: viewer.userId }, { populate: ['user'] });
    if (existing) return existing;
    const user = await tx.em.findOneOrFail(User, viewer.userId);
    const p = new Participant(tx.room, user.displayName, user);
    tx.em.persist(p);
    tx.emit('ParticipantJoined', { participant: participantView(p) }, [AUDIENCE_ALL]);
    return p;
  }
  throw notFound('Participant');
}

/** The viewer's participant id in the room, if any, without creating one. */
export async function participantIdOf(ctx: Context, room: Room): Promise<string | null> {
  const viewer = ctx.viewer;
  if (viewer.kind === 'PARTICIPANT') return viewer.roomId === room.id ? viewer.participantId : null;
  if (viewer.kind === 'FACILITATOR') {
    const p = await ctx.em.findOne(Participant, { room: room.id, user: viewer.userId }, { fields: ['id'] });
    return p?.id ?? null;
  }
  return null;
}

export async function lensOf(ctx: Context, room: Room): Promise<RoomLens> {
  return lensFor(ctx.viewer, room, await participantIdOf(ctx, room));
}

/** Runs a facilitator action on a room. */
export async function facilitate<T>(ctx: Context, roomId: string, work: (tx: RoomTx) => Promise<T>): Promise<T> {
  const room = await getRoom(ctx, roomId, 'room:facilitate');
  return inRoomTransaction(ctx, room.id, work);
}

/** Tells the room its settings, lock and reveal flags as they are now. */
export function emitRoomState(tx: RoomTx): void {
  const { settings, locked, ideasRevealed, talliesRevealed } = tx.room;
  tx.emit('RoomSettingsChanged', { settings, locked, ideasRevealed, talliesRevealed }, [AUDIENCE_ALL]);
}

export async function setPhase(ctx: Context, roomId: string, phase: Phase, timerSeconds: number | null): Promise<Room> {
  return facilitate(ctx, roomId, async (tx) => {
    // Any phase may follow any other, CLOSED included (a facilitator who closed too early reopens).
    if (!PHASES.includes(phase)) throw badUserInput('Unknown phase.', { phase: ['unknown'] });
    tx.room.moveTo(phase);
    if (timerSeconds) tx.room.startTimer(timerSeconds * 1000);
    tx.emit('PhaseChanged', { phase, timer: tx.room.timer }, [AUDIENCE_ALL]);
    return tx.room;
  });
}

export type TimerAction = 'START' | 'PAUSE' | 'RESUME' | 'EXTEND' | 'CLEAR';

export async function changeTimer(ctx: Context, roomId: string, action: TimerAction, seconds: number | null): Promise<Room> {
  return facilitate(ctx, roomId, async (tx) => {
    const room = tx.room;
    if ((action === 'START' || action === 'EXTEND') && !seconds) throw badUserInput('Give a number of seconds.', { seconds: ['required for START and EXTEND'] });
    if (action === 'START') room.startTimer(seconds! * 1000);
    if (action === 'PAUSE') room.pauseTimer();
    if (action === 'RESUME') room.resumeTimer();
    if (action === 'EXTEND') room.extendTimer(seconds! * 1000);
    if (action === 'CLEAR') room.moveTo(room.phase);
    tx.emit('TimerChanged', { timer: room.timer }, [AUDIENCE_ALL]);
    return room;
  });
}

export async function updateRoom(ctx: Context, roomId: string, input: Partial<RoomInput> & { locked?: boolean | null }): Promise<Room> {
  return facilitate(ctx, roomId, async (tx) => {
    const room = tx.room;
    if (input.title != null) room.title = input.title.trim();
    if (input.purpose != null) room.purpose = input.purpose.trim();
    if (input.needIds != null) room.needs.set(await needsOf(ctx, room.factory.id, input.needIds));
    if (input.settings) room.settings = settingsFrom(room.settings, input.settings);
    if (input.locked != null) room.locked = input.locked;
    emitRoomState(tx);
    return room;
  });
}

export async function removeParticipant(ctx: Context, roomId: string, participantId: string): Promise<boolean> {
  return facilitate(ctx, roomId, async (tx) => {
    const participant = await tx.em.findOne(Participant, { id: participantId, room: tx.room.id });
    if (!participant) throw notFound('Participant');
    if (participant.removedAt) return false;
    participant.removedAt = new Date();
    // Their tokens stop working at once, for HTTP, WebSocket and co-editing alike.
    await tx.em.nativeUpdate(Session, { participantId: participant.id, revokedAt: null }, { revokedAt: new Date() });
    tx.emit('ParticipantRemoved', { participantId: participantView(participant).nodeId }, [AUDIENCE_ALL]);
    return true;
  });
}
