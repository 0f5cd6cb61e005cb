import type { EntityManager } from '@mikro-orm/postgresql';
import type { App, Context } from '../core/context.js';
import { badUserInput, notFound, unauthenticated } from '../core/errors.js';
import { Factory } from '../factories/factory.entity.js';
import { ApiToken, type ApiTokenScope } from './api-token.entity.js';
import { Membership } from './membership.entity.js';
import { authorize, requireSignedIn } from './policy.js';
import { announceRevocation } from './revocation.js';
import { Session, SessionKind } from './session.entity.js';
import { apiTokenMatches, newApiTokenSecret, parseApiToken, randomSecret, signSessionToken, verifyPassword, verifySessionToken } from './tokens.js';
import { User } from './user.entity.js';
import { anonymous, type Viewer } from './viewer.js';

/** The session-signing key: SESSION_SECRET, or one generated once and kept in the database for every instance. */
export async function loadSessionSecret(em: EntityManager, configured: string | undefined): Promise<string> {
  if (configured) return configured;
  const conn = em.getConnection();
  await conn.execute(`insert into app_setting (name, value) values ('session_secret', ?) on conflict (name) do nothing`, [randomSecret()]);
  const [row] = await conn.execute<{ value: string }[]>(`select value from app_setting where name = 'session_secret'`);
  return row!.value;
}

/**
 * The token a request carries: `Authorization: Bearer …` (or the bare token, as graphql-ws clients send
 * it in `connection_init`) first, else the web app's cookie.
 */
export function tokenFrom(authorization: string | undefined, cookieToken: string | undefined): { token: string; from: 'header' | 'cookie' } | null {
  const bearer = authorization?.trim().match(/^(?:Bearer\s+)?(\S+)$/i)?.[1];
  if (bearer) return { token: bearer, from: 'header' };
  return cookieToken ? { token: cookieToken, from: 'cookie' } : null;
}

/** Resolves a token to its viewer; null when the token is malformed, expired, revoked or unknown. */
export async function resolveViewer(app: App, em: EntityManager, token: string): Promise<Viewer | null> {
  if (token.startsWith('gs1.')) {
    const sessionId = verifySessionToken(app.sessionSecret, token);
    if (!sessionId) return null;
    const session = await em.findOne(Session, { id: sessionId, revokedAt: null, expiresAt: { $gt: new Date() } });
    if (!session) return null;
    if (session.kind === SessionKind.FACILITATOR && session.user) {
      const memberships = await em.find(Membership, { user: session.user.id });
      return {
        kind: 'FACILITATOR',
        userId: session.user.id,
        sessionId,
        roles: new Map(memberships.map((m) => [m.factory.id, m.role])),
      };
    }
    if (session.kind === SessionKind.PARTICIPANT && session.participantId && session.roomId && session.factoryId) {
      return { kind: 'PARTICIPANT', participantId: session.participantId, sessionId, roomId: session.roomId, factoryId: session.factoryId };
    }
    return null;
  }
  const parsed = parseApiToken(token);
  if (!parsed) return null;
  const apiToken = await em.findOne(ApiToken, { id: parsed.tokenId, revokedAt: null });
  if (!apiToken || !apiTokenMatches(parsed.secret, apiToken.secretHash)) return null;
  // Last-used time at minute precision: one write per token per minute at most, outside the request's unit of work.
  await em
    .getConnection()
    .execute(`update api_token set last_used_at = now() where id = ? and (last_used_at is null or last_used_at < now() - interval '1 minute')`, [apiToken.id]);
  return {
    kind: 'API_TOKEN',
    tokenId: apiToken.id,
    factoryId: apiToken.factory.id,
    userId: apiToken.createdBy.id,
    scopes: new Set(apiToken.scopes),
  };
}

export { anonymous };

export async function login(ctx: Context, email: string, password: string): Promise<{ token: string; expiresAt: Date; user: User }> {
  const user = await ctx.em.findOne(User, { email: email.trim().toLowerCase() }, { populate: ['passwordHash'] });
  const ok = await verifyPassword(user?.passwordHash ?? null, password);
  if (!user || !ok) throw unauthenticated('Wrong email or password.');
  const expiresAt = new Date(Date.now() + ctx.app.config.sessionTtlSeconds * 1000);
  const session = new Session(SessionKind.FACILITATOR, expiresAt);
  session.user = user;
  await ctx.em.persistAndFlush(session);
  const token = signSessionToken(ctx.app.sessionSecret, session.id, expiresAt);
  ctx.cookie?.set(token, expiresAt);
  // The rest of this operation (the payload's fields) runs as the newly signed-in facilitator.
  ctx.viewer = (await resolveViewer(ctx.app, ctx.em, token)) ?? ctx.viewer;
  return { token, expiresAt, user };
}

/** Revokes the current session (facilitator or participant). Returns whether one was revoked. */
export async function logout(ctx: Context): Promise<boolean> {
  ctx.cookie?.clear();
  const viewer = ctx.viewer;
  if (viewer.kind !== 'FACILITATOR' && viewer.kind !== 'PARTICIPANT') return false;
  const revoked = await ctx.em.nativeUpdate(Session, { id: viewer.sessionId, revokedAt: null }, { revokedAt: new Date() });
  // Committed (one statement): WebSocket connections on every instance drop this session now.
  if (revoked > 0) await announceRevocation(ctx.app, [`session:${viewer.sessionId}`]);
  return revoked > 0;
}

export async function currentUser(ctx: Context): Promise<User | null> {
  const viewer = ctx.viewer;
  if (viewer.kind !== 'FACILITATOR') return null;
  return ctx.loaders.load(User, viewer.userId);
}

export async function membershipsOf(ctx: Context, user: User): Promise<Membership[]> {
  // Memberships are only shown to the user themself.
  if (ctx.viewer.kind !== 'FACILITATOR' || ctx.viewer.userId !== user.id) return [];
  return ctx.loaders.loadMany(
    'membershipsByUser',
    (ids) => ctx.em.find(Membership, { user: { $in: ids } }, { orderBy: { createdAt: 'asc' } }),
    (m) => m.user.id,
    user.id,
  );
}

const SCOPES: readonly ApiTokenScope[] = ['read', 'write'];

export async function createApiToken(ctx: Context, factoryId: string, name: string, scopes: ApiTokenScope[]): Promise<{ token: string; apiToken: ApiToken }> {
  authorize(ctx.viewer, 'apiToken:manage', factoryId);
  const unique = [...new Set(scopes)].filter((s) => SCOPES.includes(s));
  if (unique.length === 0) throw badUserInput('A token needs at least one scope.', { scopes: ['must contain read or write'] });
  const viewer = ctx.viewer as Extract<Viewer, { kind: 'FACILITATOR' }>;
  const factory = await ctx.em.findOneOrFail(Factory, factoryId);
  const apiToken = new ApiToken(factory, name.trim(), unique.sort(), '', ctx.em.getReference(User, viewer.userId));
  const { token, secretHash } = newApiTokenSecret(apiToken.id);
  apiToken.secretHash = secretHash;
  await ctx.em.persistAndFlush(apiToken);
  return { token, apiToken };
}

export async function revokeApiToken(ctx: Context, tokenId: string): Promise<ApiToken> {
  requireSignedIn(ctx.viewer);
  const apiToken = await ctx.em.findOne(ApiToken, tokenId);
  if (!apiToken) throw notFound('API token');
  authorize(ctx.viewer, 'apiToken:manage', apiToken.factory.id);
  apiToken.revokedAt ??= new Date();
  await ctx.em.flush();
  await announceRevocation(ctx.app, [`token:${apiToken.id}`]);
  return apiToken;
}

export async function apiTokensOf(ctx: Context, factoryId: string): Promise<ApiToken[]> {
  authorize(ctx.viewer, 'apiToken:manage', factoryId);
  return ctx.em.find(ApiToken, { factory: factoryId }, { orderBy: { createdAt: 'desc' } });
}
