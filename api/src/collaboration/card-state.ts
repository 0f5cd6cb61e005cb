import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../identity/viewer.js';
import { Phase } from '../rooms/room.entity.js';

/**
 * What the co-editing hot paths (pushes, awareness) need to know about a card and its room, kept per instance
 * so that a push costs no query before its write [CO4a]. The room, factory and author of an idea never change;
 * the rest (alive, phase, privacy) may be stale: a push's write re-checks them under the row locks and
 * refreshes them, and nothing is refused on a cached value without reading it again.
 */
export interface CardState {
  ideaId: string;
  roomId: string;
  factoryId: string;
  authorId: string;
  /** Neither deleted nor merged into another idea. */
  alive: boolean;
  phase: Phase;
  /** Private writing and not yet revealed: only the author and facilitators see the card. */
  hidden: boolean;
  /** When alive, phase and hidden were read (ms). */
  readAt: number;
}

export async function readCardState(em: EntityManager, ideaId: string): Promise<CardState | null> {
  const [row] = await em.getConnection().execute<{ room_id: string; factory_id: string; author_id: string; alive: boolean; phase: Phase; hidden: boolean }[]>(
    `select idea.room_id, room.factory_id, idea.author_id, idea.deleted_at is null and idea.merged_into_id is null as alive, room.phase,
            coalesce((room.settings->>'privateWriting')::boolean, false) and not room.ideas_revealed as hidden
     from idea join room on room.id = idea.room_id where idea.id = ?`,
    [ideaId],
  );
  if (!row) return null;
  return { ideaId, roomId: row.room_id, factoryId: row.factory_id, authorId: row.author_id, alive: row.alive, phase: row.phase, hidden: row.hidden, readAt: Date.now() };
}

/** The rule of the room lens (rooms/room-lens.ts) for one card: facilitators and the author see a hidden card [CO4]. */
export function seesHiddenCard(viewer: Viewer, authorId: string): boolean {
  return viewer.kind === 'FACILITATOR' || viewer.kind === 'API_TOKEN' || (viewer.kind === 'PARTICIPANT' && viewer.participantId === authorId);
}

/** Card states by idea, bounded (cleared past `max` entries: they are re-read on demand). */
export class CardStates {
  private readonly states = new Map<string, CardState>();

  constructor(private readonly max = 10_000) {}

  /** The card's state, read when unknown or older than `maxAgeMs`; null when the idea does not exist. */
  async get(em: EntityManager, ideaId: string, maxAgeMs = Infinity): Promise<CardState | null> {
    const known = this.states.get(ideaId);
    if (known && Date.now() - known.readAt <= maxAgeMs) return known;
    const state = await readCardState(em, ideaId);
    if (this.states.size >= this.max) this.states.clear();
    if (state) this.states.set(ideaId, state);
    else this.states.delete(ideaId);
    return state;
  }
}
