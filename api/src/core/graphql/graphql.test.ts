import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isEnumType, isInputObjectType, isInterfaceType, isObjectType, isUnionType, isScalarType, isIntrospectionType, isSpecifiedScalarType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, startTestApp, wsOnce, type TestApp } from '../../../test/harness.js';
import * as fx from '../../../test/fixtures.js';
import { repoRoot } from '../config.js';
import { createSchema, printSortedSchema } from './schema.js';
import { LIMITS } from './limits.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

/** `node { ... on Territory { parent { parent { … } } } }` nested `depth` times. */
function deepQuery(depth: number): string {
  let inner = 'name';
  for (let i = 0; i < depth; i++) inner = `parent { ${inner} }`;
  return `query ($id: ID!) { node(id: $id) { ... on Territory { ${inner} } } }`;
}

function aliasQuery(n: number): string {
  return `{ ${Array.from({ length: n }, (_, i) => `a${i}: viewer { kind }`).join(' ')} }`;
}

describe('schema', () => {
  it('describes every type, field, argument and enum value', async () => {
    const schema = await createSchema();
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      if (isEnumType(type)) for (const v of type.getValues()) if (!v.description) missing.push(`${type.name}.${v.name}`);
      if (isUnionType(type) || isScalarType(type)) continue;
    }
    expect(missing).toEqual([]);
  });

  it('matches the committed schema.graphql (regenerate with the API build)', async () => {
    const committed = readFileSync(path.join(repoRoot, 'schema.graphql'), 'utf8');
    expect(printSortedSchema(await createSchema())).toBe(committed);
  });

  it('runs resolvers unwrapped: no Apollo plugin instruments fields (cache hints are not used)', async () => {
    const viewerField = app.running.schema.getQueryType()!.getFields().viewer!;
    const resolver = viewerField.resolve;
    expect((await app.gql('{ viewer { kind } }')).data).toEqual({ viewer: { kind: 'ANONYMOUS' } });
    // A plugin with willResolveField (the default cache-control one) makes Apollo wrap every field on the first request.
    expect(viewerField.resolve).toBe(resolver);
    expect(Object.getOwnPropertySymbols(app.running.schema).map((s) => s.description)).not.toContain('apolloServerPluginsEnabled');
  });
});

describe('limits, over HTTP and WebSocket alike', () => {
  it('rejects a query deeper than the limit and accepts one within it', async () => {
    const f = await fx.factory(app);
    const token = await fx.facilitatorToken(app, f.id);
    const ok = await app.gql(deepQuery(3), { id: f.qpv.gid }, token);
    expect(ok.errors).toBeUndefined();
    expect(ok.data).toEqual({ node: { parent: { parent: null } } });
    const tooDeep = await app.gql(deepQuery(LIMITS.maxDepth + 1), { id: f.territory.gid }, token);
    expect(codes(tooDeep)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(tooDeep.errors![0]!.message).toMatch(/depth/i);

    const ws = app.ws(token);
    const overWs = await wsOnce(ws, deepQuery(LIMITS.maxDepth + 1), { id: f.territory.gid });
    expect(overWs.errors![0]!.message).toMatch(/depth/i);
    const okWs = await wsOnce(ws, deepQuery(3), { id: f.qpv.gid });
    expect(okWs.errors).toBeUndefined();
    expect(okWs.data).toEqual({ node: { parent: { parent: null } } });
  });

  it('rejects too many aliases over HTTP and WebSocket', async () => {
    expect((await app.gql(aliasQuery(LIMITS.maxAliases))).errors).toBeUndefined();
    const http = await app.gql(aliasQuery(LIMITS.maxAliases + 1));
    expect(codes(http)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(http.errors![0]!.message).toMatch(/alias/i);
    const ws = await wsOnce(app.ws(), aliasQuery(LIMITS.maxAliases + 1));
    expect(ws.errors![0]!.message).toMatch(/alias/i);
  });

  it('rejects documents with too many tokens over HTTP and WebSocket', async () => {
    const huge = `{ viewer { ${'kind '.repeat(LIMITS.maxTokens)} } }`;
    const http = await app.gql(huge);
    expect(http.errors![0]!.message).toMatch(/token/i);
    const ws = await wsOnce(app.ws(), huge);
    expect(ws.errors![0]!.message).toMatch(/token/i);
    expect(ws.errors![0]!.extensions!.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('refuses an HTTP body over the limit with 413 and a code', async () => {
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ viewer { kind } }', variables: { pad: 'x'.repeat(LIMITS.maxBodyBytes) } }),
    });
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({ errors: [{ message: `The request body exceeds ${LIMITS.maxBodyBytes} bytes.`, extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
  });

  it('closes a WebSocket whose message exceeds the limit', async () => {
    const { default: WebSocket } = await import('ws');
    const socket = new WebSocket(app.wsUrl, 'graphql-transport-ws');
    await new Promise((resolve) => socket.once('open', resolve));
    const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
    socket.send('x'.repeat(LIMITS.maxWsMessageBytes + 1));
    expect(await closed).toBe(1009); // "message too big"
  });

  it('blocks simple (CSRF-able) requests', async () => {
    const res = await fetch(`${app.url}/graphql?query=${encodeURIComponent('{ viewer { kind } }')}`);
    expect(res.status).toBe(400);
    const form = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{"query":"mutation { logout }"}' });
    expect(form.status).toBe(400);
  });
});

describe('errors', () => {
  it('masks an unexpected failure: no SQL, no stack, a stable code', async () => {
    const f = await fx.factory(app);
    const token = await fx.facilitatorToken(app, f.id);
    await app.sql('alter table theme rename to theme_moved');
    try {
      process.env.GERMOIR_QUIET_TEST_ERRORS = '1';
      const res = await app.gql(`{ themes { slug } }`, {}, token);
      expect(res.data).toBeNull();
      expect(res.errors).toEqual([{ message: 'Internal server error.', locations: [{ line: 1, column: 3 }], path: ['themes'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
      expect(JSON.stringify(res)).not.toMatch(/select|theme_moved|relation|stack/i);
    } finally {
      delete process.env.GERMOIR_QUIET_TEST_ERRORS;
      await app.sql('alter table theme_moved rename to theme');
    }
  });

  it('does not suggest field names to probing clients', async () => {
    const res = await app.gql('{ viewr { kind } }');
    expect(codes(res)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(res.errors![0]!.message).not.toMatch(/Did you mean/);
  });
});

describe('WebSocket identity', () => {
  it('resolves the same viewer over WebSocket from connection_init and from a same-origin cookie only', async () => {
    const f = await fx.factory(app);
    const token = await fx.facilitatorToken(app, f.id);
    expect((await wsOnce(app.ws(token), '{ viewer { kind } }')).data).toEqual({ viewer: { kind: 'FACILITATOR' } });
    const host = new URL(app.url).host;
    const sameSite = app.ws(undefined, { cookie: `germoir_session=${token}`, origin: `http://${host}` });
    expect((await wsOnce(sameSite, '{ viewer { kind } }')).data).toEqual({ viewer: { kind: 'FACILITATOR' } });
    const crossSite = app.ws(undefined, { cookie: `germoir_session=${token}`, origin: 'https://evil.example' });
    expect((await wsOnce(crossSite, '{ viewer { kind } }')).data).toEqual({ viewer: { kind: 'ANONYMOUS' } });
  });

  it('refuses a connection with an invalid token (close code 4403)', async () => {
    const client = app.ws('gs1.invalid.0.sig');
    const error = await wsOnce(client, '{ viewer { kind } }').catch((e: { code?: number }) => e);
    expect((error as { code?: number }).code).toBe(4403);
  });

  it('applies the same policy over WebSocket: a read token cannot write', async () => {
    const f = await fx.factory(app);
    const read = await fx.apiToken(app, f.id, ['read']);
    const res = await wsOnce(app.ws(read), `mutation ($input: CreateNeedInput!) { createNeed(input: $input) { id } }`, {
      input: { factoryId: f.gid, territoryId: f.territory.gid, themeId: await fx.themeId(app), title: 'Par WebSocket' },
    });
    expect(codes(res)).toEqual(['FORBIDDEN']);
  });
});

describe('health', () => {
  it('answers /healthz and /readyz', async () => {
    expect(await (await fetch(`${app.url}/healthz`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${app.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });
});
