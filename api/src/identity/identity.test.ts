import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, startTestApp, type TestApp } from '../../test/harness.js';
import * as fx from '../../test/fixtures.js';
import { signSessionToken } from './tokens.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

const LOGIN = `mutation ($email: String!, $password: String!) { login(input: { email: $email, password: $password }) { token expiresAt user { email memberships { role factory { slug } } } } }`;
const VIEWER = `{ viewer { kind user { email } } }`;

describe('login and sessions', () => {
  it('logs a facilitator in, returns a working token and sets an httpOnly cookie', async () => {
    const f = await fx.factory(app);
    const u = await fx.user(app, [{ factoryId: f.id, role: 'OWNER' }], 'Camille@Example.org');
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: LOGIN, variables: { email: 'camille@example.ORG', password: fx.PASSWORD } }),
    });
    const body = (await res.json()) as { data: { login: { token: string; expiresAt: string; user: { email: string; memberships: { role: string; factory: { slug: string } }[] } } } };
    expect(body).not.toHaveProperty("errors");
    expect(body.data.login.user.email).toBe(u.email.toLowerCase());
    expect(body.data.login.user.memberships).toEqual([{ role: 'OWNER', factory: { slug: f.slug } }]);
    expect(new Date(body.data.login.expiresAt).getTime()).toBeGreaterThan(Date.now() + 86_400_000);
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^germoir_session=gs1\./);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);

    const viaHeader = await app.gql(VIEWER, {}, body.data.login.token);
    expect(viaHeader.data).toEqual({ viewer: { kind: 'FACILITATOR', user: { email: 'camille@example.org' } } });
    const viaCookie = await app.gql(VIEWER, {}, undefined, { cookie: cookie.split(';')[0]! });
    expect(viaCookie.data).toEqual({ viewer: { kind: 'FACILITATOR', user: { email: 'camille@example.org' } } });
  });

  it('stores passwords as argon2id hashes', async () => {
    const u = await fx.user(app);
    const [row] = await app.sql<{ password_hash: string }>('select password_hash from app_user where id = $1', [u.id]);
    expect(row!.password_hash).toMatch(/^\$argon2id\$/);
  });

  it('refuses a wrong password and an unknown email alike, with UNAUTHENTICATED and no token', async () => {
    const u = await fx.user(app);
    const wrong = await app.gql(LOGIN, { email: u.email, password: 'nope' });
    const unknown = await app.gql(LOGIN, { email: 'nobody@example.org', password: fx.PASSWORD });
    for (const res of [wrong, unknown]) {
      expect(codes(res)).toEqual(['UNAUTHENTICATED']);
      expect(res.errors![0]!.message).toBe('Wrong email or password.');
      expect(res.data).toBeNull();
    }
    const sessions = await app.sql('select 1 from session where user_id = $1', [u.id]);
    expect(sessions).toHaveLength(0);
  });

  it('rejects a malformed email with BAD_USER_INPUT and per-field details', async () => {
    const res = await app.gql(LOGIN, { email: 'not-an-email', password: 'x' });
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors![0]!.extensions!.fields).toEqual({ email: ['must be an email address'] });
  });

  it('logout revokes the session: the token stops working', async () => {
    const u = await fx.user(app);
    const token = await fx.session(app, { userId: u.id });
    expect((await app.gql(VIEWER, {}, token)).data?.viewer.kind).toBe('FACILITATOR');
    const out = await app.gql('mutation { logout }', {}, token);
    expect(out.data).toEqual({ logout: true });
    const after = await app.gql(VIEWER, {}, token);
    expect(codes(after)).toEqual(['UNAUTHENTICATED']);
    const [row] = await app.sql<{ revoked_at: Date | null }>('select revoked_at from session where user_id = $1', [u.id]);
    expect(row!.revoked_at).not.toBeNull();
  });

  it('refuses an expired token, a tampered token and garbage with UNAUTHENTICATED (HTTP 401)', async () => {
    const u = await fx.user(app);
    const expired = await fx.session(app, { userId: u.id }, new Date(Date.now() - 1000));
    const valid = await fx.session(app, { userId: u.id });
    const [, sid, exp] = valid.split('.');
    const extended = signSessionToken('not-the-secret', sid!, new Date(Number(exp) * 1000 + 86_400_000));
    const tampered = `gs1.${sid}.${Number(exp) + 86_400}.${valid.split('.')[3]}`;
    for (const token of [expired, extended, tampered, 'garbage', 'gat_00000000000000000000000000000000_' + 'a'.repeat(43)]) {
      const res = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: VIEWER }),
      });
      expect(res.status).toBe(401);
      const body = (await res.json()) as { errors: { extensions: { code: string } }[] };
      expect(body.errors.map((e) => e.extensions.code)).toEqual(['UNAUTHENTICATED']);
    }
  });

  it('treats a stale cookie as anonymous rather than failing the page', async () => {
    const res = await app.gql(VIEWER, {}, undefined, { cookie: 'germoir_session=gs1.bad.0.sig' });
    expect(res.data).toEqual({ viewer: { kind: 'ANONYMOUS', user: null } });
  });
});

describe('API tokens', () => {
  const CREATE = `mutation ($input: CreateApiTokenInput!) { createApiToken(input: $input) { token apiToken { id name scopes lastUsedAt revokedAt } } }`;

  it('an owner creates a token shown once and stored hashed; it reads; revoking stops it', async () => {
    const f = await fx.factory(app);
    const owner = await fx.facilitatorToken(app, f.id, 'OWNER');
    const created = await app.gql(CREATE, { input: { factoryId: f.gid, name: 'Observatoire', scopes: ['READ'] } }, owner);
    const { token, apiToken } = created.data!.createApiToken;
    expect(token).toMatch(/^gat_[0-9a-f]{32}_[A-Za-z0-9_-]{43}$/);
    expect(apiToken).toMatchObject({ name: 'Observatoire', scopes: ['READ'], lastUsedAt: null, revokedAt: null });

    const rows = await app.sql<{ secret_hash: string }>('select secret_hash from api_token where factory_id = $1', [f.id]);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.secret_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(token).not.toContain(rows[0]!.secret_hash);

    const listed = await app.gql(`query ($slug: String!) { factory(slug: $slug) { apiTokens { name lastUsedAt } } }`, { slug: f.slug }, owner);
    expect(listed.data!.factory.apiTokens).toEqual([{ name: 'Observatoire', lastUsedAt: null }]);
    expect(JSON.stringify(listed)).not.toContain(token);

    const asTool = await app.gql(VIEWER, {}, token);
    expect(asTool.data).toEqual({ viewer: { kind: 'API_TOKEN', user: null } });
    const [used] = await app.sql<{ last_used_at: Date | null }>('select last_used_at from api_token where factory_id = $1', [f.id]);
    expect(used!.last_used_at).not.toBeNull();

    const revoked = await app.gql(`mutation ($id: ID!) { revokeApiToken(id: $id) { revokedAt } }`, { id: apiToken.id }, owner);
    expect(revoked.data!.revokeApiToken.revokedAt).not.toBeNull();
    expect(codes(await app.gql(VIEWER, {}, token))).toEqual(['UNAUTHENTICATED']);
  });

  it('only owners manage tokens: a facilitator, another factory’s owner, a token and anonymous are refused', async () => {
    const f = await fx.factory(app);
    const other = await fx.factory(app);
    const input = { factoryId: f.gid, name: 'x', scopes: ['READ', 'WRITE'] };
    const cases: [string | undefined, string][] = [
      [await fx.facilitatorToken(app, f.id, 'FACILITATOR'), 'FORBIDDEN'],
      [await fx.facilitatorToken(app, other.id, 'OWNER'), 'FORBIDDEN'],
      [await fx.apiToken(app, f.id, ['read', 'write']), 'FORBIDDEN'],
      [undefined, 'UNAUTHENTICATED'],
    ];
    for (const [token, code] of cases) {
      expect(codes(await app.gql(CREATE, { input }, token))).toEqual([code]);
    }
    expect(await app.sql('select 1 from api_token where factory_id = $1 and name = $2', [f.id, 'x'])).toHaveLength(0);
  });

  it('rejects an empty scope list and a bad factory id', async () => {
    const f = await fx.factory(app);
    const owner = await fx.facilitatorToken(app, f.id, 'OWNER');
    expect(codes(await app.gql(CREATE, { input: { factoryId: f.gid, name: 'x', scopes: [] } }, owner))).toEqual(['BAD_USER_INPUT']);
    const bad = await app.gql(CREATE, { input: { factoryId: 'nope', name: 'x', scopes: ['READ'] } }, owner);
    expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(bad.errors![0]!.extensions!.fields).toEqual({ factoryId: ['must be a Factory id'] });
  });
});
