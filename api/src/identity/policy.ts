import { forbidden, unauthenticated } from '../core/errors.js';
import { MembershipRole } from './membership.entity.js';
import type { Viewer } from './viewer.js';

/**
 * The one place that answers "may this viewer do X in this factory?". Every resolver, subscription and
 * co-editing path asks here; nothing else checks roles or scopes.
 */
export type Action =
  | 'factory:read'
  | 'need:read'
  | 'need:write'
  | 'apiToken:manage';

type Rule = (viewer: Viewer, factoryId: string) => boolean;

const member = (viewer: Viewer, factoryId: string) => viewer.kind === 'FACILITATOR' && viewer.roles.has(factoryId);
const owner = (viewer: Viewer, factoryId: string) => viewer.kind === 'FACILITATOR' && viewer.roles.get(factoryId) === MembershipRole.OWNER;
const token = (scope: 'read' | 'write') => (viewer: Viewer, factoryId: string) =>
  viewer.kind === 'API_TOKEN' && viewer.factoryId === factoryId && viewer.scopes.has(scope);
const participant = (viewer: Viewer, factoryId: string) => viewer.kind === 'PARTICIPANT' && viewer.factoryId === factoryId;
const any = (...rules: Rule[]): Rule => (viewer, factoryId) => rules.some((rule) => rule(viewer, factoryId));

const rules: Record<Action, Rule> = {
  'factory:read': any(member, token('read'), token('write'), participant),
  // Participants read the needs of the factory whose room they are in: they ideate on them.
  'need:read': any(member, token('read'), token('write'), participant),
  'need:write': any(member, token('write')),
  'apiToken:manage': owner,
};

export function can(viewer: Viewer, action: Action, factoryId: string): boolean {
  return rules[action](viewer, factoryId);
}

/** Throws UNAUTHENTICATED for an anonymous viewer and FORBIDDEN for a known one that may not. */
export function authorize(viewer: Viewer, action: Action, factoryId: string): void {
  if (can(viewer, action, factoryId)) return;
  throw viewer.kind === 'ANONYMOUS' ? unauthenticated() : forbidden();
}

/** For operations that need any signed-in identity. */
export function requireSignedIn(viewer: Viewer): void {
  if (viewer.kind === 'ANONYMOUS') throw unauthenticated();
}
