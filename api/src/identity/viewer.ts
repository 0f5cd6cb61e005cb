import type { MembershipRole } from './membership.entity.js';
import type { ApiTokenScope } from './api-token.entity.js';

/** Who is making a request, resolved once per HTTP request or WebSocket operation. */
export type Viewer =
  | { kind: 'ANONYMOUS' }
  | { kind: 'FACILITATOR'; userId: string; sessionId: string; roles: ReadonlyMap<string, MembershipRole> }
  | { kind: 'PARTICIPANT'; participantId: string; sessionId: string; roomId: string; factoryId: string }
  | { kind: 'API_TOKEN'; tokenId: string; factoryId: string; userId: string; scopes: ReadonlySet<ApiTokenScope> };

export const anonymous: Viewer = { kind: 'ANONYMOUS' };
