import type { Context } from '../core/context.js';
import { badUserInput, forbidden, notFound } from '../core/errors.js';
import { toGlobalId } from '../core/graphql/node.js';
import { can } from '../identity/policy.js';
import { Idea } from '../ideas/idea.entity.js';
import { Participant } from '../rooms/participant.entity.js';
import { getRoom } from '../rooms/room.service.js';
import { participantView, type ParticipantView } from '../rooms/room.views.js';
import { visibleTo, type Audience } from './room-event.js';
import type { RoomEvent } from './event.types.js';

type EventObject = RoomEvent & { __typename: string };

/**
 * The viewer's stream of a room: events after `afterSeq` (stored ones first), then live ones, each
 * either visible to the viewer or replaced by a bare SeqAdvanced. Ends with FORBIDDEN when the viewer
 * is removed from the room.
 */
export async function roomEventStream(ctx: Context, roomId: string, afterSeq: number | null): Promise<AsyncIterableIterator<EventObject>> {
  if (afterSeq !== null && (!Number.isInteger(afterSeq) || afterSeq < 0)) throw badUserInput('afterSeq must be a non-negative integer.', { afterSeq: ['must be ≥ 0'] });
  const room = await getRoom(ctx, roomId, 'room:read');
  const facilitator = can(ctx.viewer, 'room:facilitate', { factoryId: room.factory.id, roomId: room.id });
  const viewer = ctx.viewer;
  let me: ParticipantView | null = null;
  if (viewer.kind === 'PARTICIPANT') {
    const p = await ctx.em.findOne(Participant, { id: viewer.participantId, removedAt: null });
    if (!p) throw forbidden();
    me = participantView(p);
  } else if (viewer.kind === 'FACILITATOR') {
    const p = await ctx.em.findOne(Participant, { room: room.id, user: viewer.userId });
    me = p ? participantView(p) : null;
  }
  const audience: Audience = { facilitator, participantId: viewer.kind === 'PARTICIPANT' ? viewer.participantId : me ? fromGlobal(me.nodeId) : null };
  const myGlobalId = me?.nodeId;
  const feeds = ctx.app.feeds;

  // Runs in the feed's callback for every live item: keep it synchronous and cheap.
  return feeds.stream<EventObject>(room.id, afterSeq, me, (item) => {
    if (item.kind === 'presence') {
      return {
        value: {
          __typename: 'PresenceChanged',
          seq: item.seq,
          at: new Date().toISOString(),
          present: item.present,
          editing: item.editing,
          // Same version and seq → the same object for every listener of this instance: executed once (fanout.ts).
          __shareKey: `presence.${item.version}.${item.seq}.${item.present.length}`,
        } as EventObject,
      };
    }
    const { event } = item;
    if (!visibleTo(event, audience)) return { value: { __typename: 'SeqAdvanced', seq: event.seq, at: event.at } };
    const removedMe = event.type === 'ParticipantRemoved' && myGlobalId !== undefined && event.payload.participantId === myGlobalId && viewer.kind === 'PARTICIPANT';
    return {
      value: { __typename: event.type, seq: event.seq, at: event.at, ...event.payload } as EventObject,
      end: removedMe ? forbidden('You were removed from this room.') : undefined,
    };
  });
}

function fromGlobal(globalId: string): string {
  return Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1]!;
}


/** Tells the room that the viewer started (ideaId) or stopped (null) editing an idea; repeat every ~15 s while editing. */
export async function setEditing(ctx: Context, roomId: string, ideaId: string | null): Promise<boolean> {
  const room = await getRoom(ctx, roomId, 'room:participate');
  const viewer = ctx.viewer;
  let participantId: string | null = null;
  if (viewer.kind === 'PARTICIPANT') participantId = viewer.participantId;
  else if (viewer.kind === 'FACILITATOR') participantId = (await ctx.em.findOne(Participant, { room: room.id, user: viewer.userId }))?.id ?? null;
  if (!participantId) throw forbidden('Join the room first.');
  if (ideaId && !(await ctx.em.count(Idea, { id: ideaId, room: room.id, deletedAt: null }))) throw notFound('Idea');
  await ctx.app.feeds.setEditing(room.id, toGlobalId('Participant', participantId), ideaId ? toGlobalId('Idea', ideaId) : null);
  return true;
}
