/**
 * A durable room event as stored in `room_event` and carried on the bus. `audience` says who may see it:
 * `all`, `facilitators`, or `participant:<id>`; everyone else receives a bare `SeqAdvanced` in its place,
 * so every subscriber sees gap-free sequence numbers without seeing what it must not.
 */
export interface StoredRoomEvent {
  roomId: string;
  seq: number;
  type: string;
  audience: string[];
  payload: Record<string, unknown>;
  at: string;
}

export const AUDIENCE_ALL = 'all';
export const AUDIENCE_FACILITATORS = 'facilitators';
/** Everyone in the room who is not a facilitator. */
export const AUDIENCE_PARTICIPANTS = 'participants';
export const audienceOf = (participantId: string) => `participant:${participantId}`;

export function roomChannel(roomId: string): string {
  return `germoir:room:${roomId}`;
}

/** Who a subscriber is, for filtering: facilitators of the room, or one participant. */
export interface Audience {
  facilitator: boolean;
  participantId: string | null;
}

export function visibleTo(event: Pick<StoredRoomEvent, 'audience'>, who: Audience): boolean {
  return event.audience.some(
    (a) =>
      a === AUDIENCE_ALL ||
      (a === AUDIENCE_FACILITATORS && who.facilitator) ||
      (a === AUDIENCE_PARTICIPANTS && !who.facilitator) || (who.participantId !== null && a === audienceOf(who.participantId)),
  );
}
