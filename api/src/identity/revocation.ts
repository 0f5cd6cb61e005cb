import type { App } from '../core/context.js';
import { toGlobalId } from '../core/graphql/node.js';
import type { Viewer } from './viewer.js';

/*
 * Revocations told to every instance over the bus, after their commit, so that WebSocket connections that
 * keep their viewer (core/http/viewer.ts) drop it at once: a session logged out, an API token revoked. A
 * participant removed from a room is told by the room's own ParticipantRemoved event.
 */
export const REVOCATION_CHANNEL = 'germoir:revocations';

/** What was revoked, as the keys of the viewers it concerns (see credentialKeys). */
export interface Revocation {
  keys: string[];
}

/** The keys a revocation may name for this viewer: its session or token, and, for a participant, its participant. */
export function credentialKeys(viewer: Viewer): string[] {
  switch (viewer.kind) {
    case 'FACILITATOR':
      return [`session:${viewer.sessionId}`];
    case 'PARTICIPANT':
      return [`session:${viewer.sessionId}`, participantKey(toGlobalId('Participant', viewer.participantId))];
    case 'API_TOKEN':
      return [`token:${viewer.tokenId}`];
    default:
      return [];
  }
}

/** The key of a participant, from its global id (as room events carry it). */
export const participantKey = (participantGid: string) => `participant:${participantGid}`;

/** Tells every instance (after the commit that revoked them) that these credentials no longer hold. */
export async function announceRevocation(app: App, keys: string[]): Promise<void> {
  if (keys.length === 0) return;
  await app.bus.publish(REVOCATION_CHANNEL, JSON.stringify({ keys } satisfies Revocation)).catch((err: unknown) => app.logger.warn({ err }, 'revocation publish failed'));
}
