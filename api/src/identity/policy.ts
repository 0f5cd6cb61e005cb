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
  | 'apiToken:manage'
  /** Read a factory's benchmark library. Readers see published records only; curators see all. */
  | 'library:read'
  /** Create, edit, publish, archive, merge, import; see drafts, archives and the audit trail. */
  | 'library:curate'
  /** Share the library publicly (read-only, for everyone) or stop sharing it. */
  | 'library:share'
  /** See a room, its board and its event stream. */
  | 'room:read'
  /** Take part: write ideas, vote (within the phase rules). */
  | 'room:participate'
  /** Drive the room: phases, timers, settings, reveal, merge, remove people. */
  | 'room:facilitate'
  | 'room:create'
  /** See the pipeline: opportunity studies, decisions, calls, cohorts, projects, the funnel, stage events. */
  | 'pipeline:read'
  /** Shortlist, edit studies, open calls, enter applications, run projects and cohorts, publish to the library. */
  | 'pipeline:manage'
  /** Record a steering committee decision (a person of the factory, not a tool). */
  | 'pipeline:decide'
  /** Score an opportunity study: facilitators, and the assessors named on the study. */
  | 'study:assess'
  /** Read the public fields of launched projects (open data, when the factory opts in). */
  | 'pipeline:openData'
  /** Share launched projects as open data, or stop. */
  | 'pipeline:share'
  /** Apply to a call for entrepreneurs: anyone while it is open; facilitators enter applications any time. */
  | 'call:apply';

/** What an action applies to: always a factory, and a room for room actions. */
export interface Scope {
  factoryId: string;
  roomId?: string;
  /** For library actions: whether the factory shares its library publicly. */
  libraryPublic?: boolean;
  /** For one opportunity study: the users named as its assessors. */
  assessorIds?: readonly string[];
  /** For open data: whether the factory shares its launched projects. */
  openData?: boolean;
  /** For applications: whether the call is open (before its deadline, not closed). */
  callOpen?: boolean;
}

type Rule = (viewer: Viewer, scope: Scope) => boolean;

const member: Rule = (viewer, { factoryId }) => viewer.kind === 'FACILITATOR' && viewer.roles.has(factoryId);
const owner: Rule = (viewer, { factoryId }) => viewer.kind === 'FACILITATOR' && viewer.roles.get(factoryId) === MembershipRole.OWNER;
const token = (scope: 'read' | 'write'): Rule => (viewer, { factoryId }) =>
  viewer.kind === 'API_TOKEN' && viewer.factoryId === factoryId && viewer.scopes.has(scope);
/** A participant of a room of this factory (their token is scoped to one room). */
const participantInFactory: Rule = (viewer, { factoryId }) => viewer.kind === 'PARTICIPANT' && viewer.factoryId === factoryId;
const participantOfRoom: Rule = (viewer, { factoryId, roomId }) =>
  viewer.kind === 'PARTICIPANT' && viewer.factoryId === factoryId && roomId !== undefined && viewer.roomId === roomId;
/** Anyone at all, even without a token, when the factory shares its library. */
const publicLibrary: Rule = (_viewer, { libraryPublic }) => libraryPublic === true;
/** A signed-in user named as an assessor of the study in scope (they need not be a member of the factory). */
const studyAssessor: Rule = (viewer, { assessorIds }) => viewer.kind === 'FACILITATOR' && (assessorIds?.includes(viewer.userId) ?? false);
const openData: Rule = (_viewer, scope) => scope.openData === true;
const openCall: Rule = (_viewer, scope) => scope.callOpen === true;
const any = (...rules: Rule[]): Rule => (viewer, scope) => rules.some((rule) => rule(viewer, scope));

const rules: Record<Action, Rule> = {
  'factory:read': any(member, token('read'), token('write'), participantInFactory),
  // Participants read the needs of the factory whose room they are in: they ideate on them.
  'need:read': any(member, token('read'), token('write'), participantInFactory),
  'need:write': any(member, token('write')),
  'apiToken:manage': owner,
  'library:read': any(member, token('read'), token('write'), participantInFactory, publicLibrary),
  'library:curate': any(member, token('write')),
  'library:share': owner,
  'room:read': any(member, token('read'), participantOfRoom),
  'room:participate': any(member, participantOfRoom),
  'room:facilitate': member,
  'room:create': member,
  // Participants see their room, not the pipeline behind it.
  'pipeline:read': any(member, token('read'), token('write'), studyAssessor),
  'pipeline:manage': any(member, token('write')),
  'pipeline:decide': member,
  'study:assess': any(member, studyAssessor),
  'pipeline:openData': any(member, token('read'), token('write'), openData),
  'pipeline:share': owner,
  'call:apply': any(member, token('write'), openCall),
};

export function can(viewer: Viewer, action: Action, scope: Scope | string): boolean {
  return rules[action](viewer, typeof scope === 'string' ? { factoryId: scope } : scope);
}

/** Throws UNAUTHENTICATED for an anonymous viewer and FORBIDDEN for a known one that may not. */
export function authorize(viewer: Viewer, action: Action, scope: Scope | string): void {
  if (can(viewer, action, scope)) return;
  throw viewer.kind === 'ANONYMOUS' ? unauthenticated() : forbidden();
}

/** For operations that need any signed-in identity. */
export function requireSignedIn(viewer: Viewer): void {
  if (viewer.kind === 'ANONYMOUS') throw unauthenticated();
}
