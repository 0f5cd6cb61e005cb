import type { AwarenessEntry } from './awarenessCodec';

/** The co-edited text fields of an idea card (Y.Text names in the idea's document, and the Idea's fields). */
export const COEDIT_FIELDS = ['title', 'description', 'need', 'beneficiaries', 'economicModel'] as const;
export type CoeditField = (typeof COEDIT_FIELDS)[number];

/** The card's structured fields, under the title and description. */
export const DETAIL_FIELDS = ['need', 'beneficiaries', 'economicModel'] as const satisfies readonly CoeditField[];

/** The longest text of a structured field (the API's limit). */
export const DETAIL_MAX_LENGTH = 2000;

/** What an editor tells the others: who they are, and where their caret is (Yjs relative positions, as JSON). */
export interface PeerState {
  name: string;
  color: number;
  field: CoeditField | null;
  anchor: unknown;
  head: unknown;
}

export interface Peer extends PeerState {
  clientId: number;
}

/** Caret colours (each ≥ 4.5:1 on white); an editor's `color` indexes this list. */
export const PEER_COLORS = ['#b3261e', '#1d5c9e', '#7a3fb0', '#8a4f00', '#00695c', '#ad1457'] as const;

export function peerColor(peer: { color: number }): string {
  return PEER_COLORS[peer.color % PEER_COLORS.length]!;
}

/** Awareness states older than this are considered gone (y-protocols' timeout); editors renew every 15 s. */
export const PEER_TIMEOUT_MS = 30_000;
export const PEER_RENEW_MS = 15_000;

export function isCoeditField(value: unknown): value is CoeditField {
  return typeof value === 'string' && (COEDIT_FIELDS as readonly string[]).includes(value);
}

/** A peer state from untrusted JSON, or null when it does not look like one. */
export function readPeerState(state: Record<string, unknown> | null): PeerState | null {
  if (!state || typeof state.name !== 'string' || !state.name.trim()) return null;
  return {
    name: state.name.slice(0, 60),
    color: typeof state.color === 'number' && Number.isFinite(state.color) ? Math.abs(Math.trunc(state.color)) : 0,
    field: isCoeditField(state.field) ? state.field : null,
    anchor: state.anchor ?? null,
    head: state.head ?? null,
  };
}

export interface PeerChanges {
  joined: string[];
  left: string[];
  /** Whether anything visible changed (list or carets). */
  changed: boolean;
}

/**
 * The other editors of a card, from awareness messages: the newest clock of each client wins, a null
 * state removes it, and a client silent for PEER_TIMEOUT_MS is dropped. Reports arrivals and departures
 * by name, for the screen reader announcement.
 */
export class PeerRegistry {
  private readonly clocks = new Map<number, number>();
  private readonly peers = new Map<number, { peer: Peer; seenAt: number }>();

  constructor(private readonly selfId: number) {}

  list(): Peer[] {
    return [...this.peers.values()].map((p) => p.peer).sort((a, b) => a.name.localeCompare(b.name) || a.clientId - b.clientId);
  }

  apply(entries: readonly AwarenessEntry[], now: number): PeerChanges {
    const changes: PeerChanges = { joined: [], left: [], changed: false };
    for (const { clientId, clock, state } of entries) {
      if (clientId === this.selfId) continue;
      const known = this.clocks.get(clientId);
      const present = this.peers.get(clientId);
      const newer = known === undefined || known < clock || (known === clock && state === null && present !== undefined);
      if (!newer) continue;
      this.clocks.set(clientId, clock);
      const peerState = readPeerState(state);
      if (!peerState) {
        if (present) {
          this.peers.delete(clientId);
          changes.left.push(present.peer.name);
          changes.changed = true;
        }
        continue;
      }
      if (!present) changes.joined.push(peerState.name);
      this.peers.set(clientId, { peer: { clientId, ...peerState }, seenAt: now });
      changes.changed = true;
    }
    return changes;
  }

  /** Drops the clients silent for too long. */
  expire(now: number, timeoutMs = PEER_TIMEOUT_MS): PeerChanges {
    const changes: PeerChanges = { joined: [], left: [], changed: false };
    for (const [clientId, { peer, seenAt }] of this.peers) {
      if (now - seenAt < timeoutMs) continue;
      this.peers.delete(clientId);
      changes.left.push(peer.name);
      changes.changed = true;
    }
    return changes;
  }
}
