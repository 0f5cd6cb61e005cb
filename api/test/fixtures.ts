import { randomUUID } from 'node:crypto';
import type { TestApp } from './harness.js';
import { hashPassword, newApiTokenSecret, signSessionToken } from '../src/identity/tokens.js';
import { toGlobalId } from '../src/core/graphql/node.js';

/*
 * Fixture factories: rows written straight into the test database, so that each test arranges exactly
 * what it needs. Everything under test then goes through the GraphQL surface.
 */

const now = () => new Date().toISOString();
let passwordHash: Promise<string> | undefined;

export async function territory(app: TestApp, props: { name?: string; kind?: string; parentId?: string } = {}) {
  const id = randomUUID();
  await app.sql(`insert into territory (id, created_at, updated_at, name, kind, parent_id) values ($1, $2, $2, $3, $4, $5)`, [
    id, now(), props.name ?? `Territoire ${id.slice(0, 4)}`, props.kind ?? 'INTERCOMMUNALITE', props.parentId ?? null,
  ]);
  return { id, gid: toGlobalId('Territory', id) };
}

export async function factory(app: TestApp, props: { name?: string } = {}) {
  const t = await territory(app);
  const qpv = await territory(app, { name: 'QPV test', kind: 'QPV', parentId: t.id });
  const id = randomUUID();
  await app.sql(`insert into factory (id, created_at, updated_at, name, slug, territory_id) values ($1, $2, $2, $3, $4, $5)`, [
    id, now(), props.name ?? `Fabrique ${id.slice(0, 4)}`, `f-${id.slice(0, 8)}`, t.id,
  ]);
  return { id, gid: toGlobalId('Factory', id), slug: `f-${id.slice(0, 8)}`, territory: t, qpv };
}

export const PASSWORD = 'correct horse battery staple';

export async function user(app: TestApp, memberships: { factoryId: string; role: 'OWNER' | 'FACILITATOR' }[] = [], email = `u-${randomUUID().slice(0, 8)}@example.org`) {
  passwordHash ??= hashPassword(PASSWORD);
  const id = randomUUID();
  await app.sql(`insert into app_user (id, created_at, updated_at, email, display_name, password_hash) values ($1, $2, $2, $3, $4, $5)`, [
    id, now(), email.toLowerCase(), `User ${id.slice(0, 4)}`, await passwordHash,
  ]);
  for (const m of memberships) {
    await app.sql(`insert into membership (id, created_at, updated_at, user_id, factory_id, role) values ($1, $2, $2, $3, $4, $5)`, [randomUUID(), now(), id, m.factoryId, m.role]);
  }
  return { id, email };
}

/** A room of the factory, written directly (rooms have their own service tests). */
export async function room(app: TestApp, factoryId: string, props: { phase?: string; settings?: Record<string, unknown> } = {}) {
  const creator = await user(app, [{ factoryId, role: 'FACILITATOR' }]);
  const id = randomUUID();
  const code = randomUUID().replace(/-/g, '').slice(0, 8).toUpperCase();
  await app.sql(
    `insert into room (id, created_at, updated_at, factory_id, title, code, phase, settings, created_by_id) values ($1, $2, $2, $3, $4, $5, $6, $7, $8)`,
    [id, now(), factoryId, `Séance ${code}`, code, props.phase ?? 'DIVERGE', JSON.stringify({ votesPerParticipant: 5, maxVotesPerIdea: 2, hiddenTallies: false, ...props.settings }), creator.id],
  );
  return { id, gid: toGlobalId('Room', id), code };
}

/** A valid session token for a new facilitator session, without going through login. */
export async function session(app: TestApp, who: { userId: string }, expiresAt = new Date(Date.now() + 3_600_000)) {
  const id = randomUUID();
  await app.sql(`insert into session (id, created_at, updated_at, kind, user_id, expires_at) values ($1, $2, $2, 'FACILITATOR', $3, $4)`, [id, now(), who.userId, expiresAt.toISOString()]);
  return signSessionToken(app.running.app.sessionSecret, id, expiresAt);
}

/** A participant of a (new) room of the factory, with a valid participant token. */
export async function participantToken(app: TestApp, factoryId: string, roomId?: string) {
  const roomIdToUse = roomId ?? (await room(app, factoryId)).id;
  const participantId = randomUUID();
  await app.sql(`insert into participant (id, created_at, updated_at, room_id, display_name, last_seen_at) values ($1, $2, $2, $3, $4, $2)`, [participantId, now(), roomIdToUse, 'Participant·e']);
  const id = randomUUID();
  const expiresAt = new Date(Date.now() + 3_600_000);
  await app.sql(
    `insert into session (id, created_at, updated_at, kind, participant_id, room_id, factory_id, expires_at) values ($1, $2, $2, 'PARTICIPANT', $3, $4, $5, $6)`,
    [id, now(), participantId, roomIdToUse, factoryId, expiresAt.toISOString()],
  );
  return signSessionToken(app.running.app.sessionSecret, id, expiresAt);
}

export async function facilitatorToken(app: TestApp, factoryId: string, role: 'OWNER' | 'FACILITATOR' = 'FACILITATOR') {
  const u = await user(app, [{ factoryId, role }]);
  return session(app, { userId: u.id });
}

export async function apiToken(app: TestApp, factoryId: string, scopes: ('read' | 'write')[]) {
  const owner = await user(app, [{ factoryId, role: 'OWNER' }]);
  const id = randomUUID();
  const { token, secretHash } = newApiTokenSecret(id);
  await app.sql(`insert into api_token (id, created_at, updated_at, factory_id, name, scopes, secret_hash, created_by_id) values ($1, $2, $2, $3, $4, $5, $6, $7)`, [
    id, now(), factoryId, 'test tool', scopes, secretHash, owner.id,
  ]);
  return token;
}

export async function themeId(app: TestApp, slug = 'economie-circulaire') {
  const [row] = await app.sql<{ id: string }>(`select id from theme where slug = $1 and factory_id is null`, [slug]);
  return toGlobalId('Theme', row!.id);
}

/** A room made through the API by a facilitator, with participants joined through the API. */
export async function liveRoom(app: TestApp, settings: Record<string, unknown> = {}, participants = 2) {
  const f = await factory(app);
  const facilitator = await facilitatorToken(app, f.id);
  const created = await app.gql(
    `mutation ($input: CreateRoomInput!) { createRoom(input: $input) { id code lastSeq } }`,
    { input: { factoryId: f.gid, title: 'Atelier test', settings } },
    facilitator,
  );
  if (created.errors) throw new Error(JSON.stringify(created.errors));
  const room = created.data!.createRoom as { id: string; code: string };
  const people: { token: string; id: string; name: string }[] = [];
  for (let i = 0; i < participants; i++) people.push(await join(app, room.code, `Personne ${i + 1}`));
  return { factory: f, facilitator, room, people };
}

export async function join(app: TestApp, code: string, name: string, token?: string) {
  const res = await app.gql(`mutation ($input: JoinRoomInput!) { joinRoom(input: $input) { token participant { id } } }`, { input: { code, displayName: name } }, token);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return { token: res.data!.joinRoom.token as string, id: res.data!.joinRoom.participant.id as string, name };
}

export async function setPhase(app: TestApp, roomId: string, phase: string, facilitator: string) {
  const res = await app.gql(`mutation ($r: ID!, $p: Phase!) { setPhase(roomId: $r, phase: $p) { phase } }`, { r: roomId, p: phase }, facilitator);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
}

export async function idea(app: TestApp, roomId: string, token: string, title: string) {
  const res = await app.gql(`mutation ($input: CreateIdeaInput!) { createIdea(input: $input) { id } }`, { input: { roomId, title } }, token);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.createIdea.id as string;
}
