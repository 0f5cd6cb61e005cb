import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, startTestApp, type GraphQLResponse, type TestApp } from '../../test/harness.js';
import * as fx from '../../test/fixtures.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

const CREATE = `mutation ($input: CreateNeedInput!) { createNeed(input: $input) { id title description evidence status reportedBy sources { url title } theme { slug } territory { name kind } factory { slug } } }`;
const UPDATE = `mutation ($input: UpdateNeedInput!) { updateNeed(input: $input) { id title status sources { url } } }`;
const ARCHIVE = `mutation ($id: ID!) { archiveNeed(id: $id) { id status archivedAt } }`;
const LIST = `query ($factoryId: ID!, $first: Int, $after: String, $filter: NeedFilter) {
  needs(factoryId: $factoryId, first: $first, after: $after, filter: $filter) {
    totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { id title theme { slug } territory { name } } }
  }
}`;

async function seedNeeds(f: Awaited<ReturnType<typeof fx.factory>>, token: string, n: number, title = (i: number) => `Besoin ${i}`) {
  const themeId = await fx.themeId(app);
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const res = await app.gql(CREATE, { input: { factoryId: f.gid, territoryId: (i % 2 ? f.qpv : f.territory).gid, themeId, title: title(i) } }, token);
    expect(res.errors).toBeUndefined();
    ids.push(res.data!.createNeed.id);
  }
  return ids;
}

describe('needs: create, update, archive', () => {
  it('creates a need with its evidence and sources, trimmed', async () => {
    const f = await fx.factory(app);
    const token = await fx.facilitatorToken(app, f.id);
    const res = await app.gql(
      CREATE,
      {
        input: {
          factoryId: f.gid,
          territoryId: f.qpv.gid,
          themeId: await fx.themeId(app, 'mobilites-douces'),
          title: '  Pas d’atelier vélo  ',
          description: 'Les vélos restent dans les caves.',
          evidence: '40 vélos comptés',
          reportedBy: 'Conseil citoyen',
          sources: [{ url: 'https://example.org/diag', title: 'Diagnostic' }],
        },
      },
      token,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.createNeed).toMatchObject({
      title: 'Pas d’atelier vélo',
      status: 'OPEN',
      evidence: '40 vélos comptés',
      reportedBy: 'Conseil citoyen',
      sources: [{ url: 'https://example.org/diag', title: 'Diagnostic' }],
      theme: { slug: 'mobilites-douces' },
      territory: { name: 'QPV test', kind: 'QPV' },
      factory: { slug: f.slug },
    });
    const node = await app.gql(`query ($id: ID!) { node(id: $id) { id ... on Need { title } } }`, { id: res.data!.createNeed.id }, token);
    expect(node.data!.node).toEqual({ id: res.data!.createNeed.id, title: 'Pas d’atelier vélo' });
  });

  it('rejects invalid input with BAD_USER_INPUT, per-field details, and writes nothing', async () => {
    const f = await fx.factory(app);
    const other = await fx.factory(app);
    const token = await fx.facilitatorToken(app, f.id);
    const themeId = await fx.themeId(app);
    const base = { factoryId: f.gid, territoryId: f.territory.gid, themeId, title: 'Un besoin valable' };
    const cases: [Record<string, unknown>, Record<string, string[]>][] = [
      [{ title: 'x' }, { title: ['title must be longer than or equal to 3 characters'] }],
      [{ sources: [{ url: 'javascript:alert(1)', title: 'x' }] }, { 'sources.0.url': ['must be an http(s) address'] }],
      [{ territoryId: other.territory.gid }, { territoryId: ['must be the factory territory or one inside it'] }],
      [{ themeId: f.gid }, { themeId: ['must be a Theme id'] }],
      [{ description: 'x'.repeat(10_001) }, { description: ['description must be shorter than or equal to 10000 characters'] }],
    ];
    for (const [patch, fields] of cases) {
      const res = await app.gql(CREATE, { input: { ...base, ...patch } }, token);
      expect(codes(res)).toEqual(['BAD_USER_INPUT']);
      expect(res.errors![0]!.extensions!.fields).toEqual(fields);
    }
    expect(await app.sql('select 1 from need where factory_id = $1', [f.id])).toHaveLength(0);
  });

  it('updates fields, replaces sources, and archives (archived needs leave the default list)', async () => {
    const f = await fx.factory(app);
    const token = await fx.facilitatorToken(app, f.id);
    const [id] = await seedNeeds(f, token, 1);
    const updated = await app.gql(UPDATE, { input: { id, title: 'Nouveau titre', status: 'IN_PROGRESS', sources: [{ url: 'http://example.org/a', title: 'A' }] } }, token);
    expect(updated.data!.updateNeed).toEqual({ id, title: 'Nouveau titre', status: 'IN_PROGRESS', sources: [{ url: 'http://example.org/a' }] });

    const archived = await app.gql(ARCHIVE, { id }, token);
    expect(archived.data!.archiveNeed.status).toBe('ARCHIVED');
    expect(archived.data!.archiveNeed.archivedAt).not.toBeNull();
    expect((await app.gql(LIST, { factoryId: f.gid }, token)).data!.needs.totalCount).toBe(0);
    expect((await app.gql(LIST, { factoryId: f.gid, filter: { statuses: ['ARCHIVED'] } }, token)).data!.needs.totalCount).toBe(1);
  });

  it('answers NOT_FOUND for an unknown need and null from node()', async () => {
    const f = await fx.factory(app);
    const token = await fx.facilitatorToken(app, f.id);
    const missing = Buffer.from(`Need:${randomUUID()}`).toString('base64url');
    expect(codes(await app.gql(ARCHIVE, { id: missing }, token))).toEqual(['NOT_FOUND']);
    expect((await app.gql(`query ($id: ID!) { node(id: $id) { id } }`, { id: missing }, token)).data).toEqual({ node: null });
  });
});

describe('needs: policy matrix', () => {
  it('applies one policy to reading and writing needs, for every kind of viewer', async () => {
    const f = await fx.factory(app);
    const other = await fx.factory(app);
    const owner = await fx.facilitatorToken(app, f.id, 'OWNER');
    const needId = (await seedNeeds(f, owner, 1))[0]!;
    const viewers: Record<string, string | undefined> = {
      anonymous: undefined,
      participant: await fx.participantToken(app, f.id),
      participantElsewhere: await fx.participantToken(app, other.id),
      facilitatorElsewhere: await fx.facilitatorToken(app, other.id),
      facilitator: await fx.facilitatorToken(app, f.id),
      readToken: await fx.apiToken(app, f.id, ['read']),
      writeToken: await fx.apiToken(app, f.id, ['write']),
      readTokenElsewhere: await fx.apiToken(app, other.id, ['read', 'write']),
    };
    const themeId = await fx.themeId(app);
    const ops = {
      list: (t?: string) => app.gql(LIST, { factoryId: f.gid }, t),
      node: (t?: string) => app.gql(`query ($id: ID!) { node(id: $id) { id } }`, { id: needId }, t),
      create: (t?: string) => app.gql(CREATE, { input: { factoryId: f.gid, territoryId: f.territory.gid, themeId, title: 'Essai de droits' } }, t),
      update: (t?: string) => app.gql(UPDATE, { input: { id: needId, title: 'Essai de droits' } }, t),
      archive: (t?: string) => app.gql(ARCHIVE, { id: needId }, t),
    };
    const outcome = async (op: keyof typeof ops, token?: string) => {
      const res = await ops[op](token);
      return res.errors ? (res.errors[0]!.extensions?.code ?? 'NO_CODE') : 'ok';
    };
    const expected: Record<string, Record<keyof typeof ops, string>> = {
      anonymous: { list: 'UNAUTHENTICATED', node: 'UNAUTHENTICATED', create: 'UNAUTHENTICATED', update: 'UNAUTHENTICATED', archive: 'UNAUTHENTICATED' },
      participant: { list: 'ok', node: 'ok', create: 'FORBIDDEN', update: 'FORBIDDEN', archive: 'FORBIDDEN' },
      participantElsewhere: { list: 'FORBIDDEN', node: 'FORBIDDEN', create: 'FORBIDDEN', update: 'FORBIDDEN', archive: 'FORBIDDEN' },
      facilitatorElsewhere: { list: 'FORBIDDEN', node: 'FORBIDDEN', create: 'FORBIDDEN', update: 'FORBIDDEN', archive: 'FORBIDDEN' },
      readToken: { list: 'ok', node: 'ok', create: 'FORBIDDEN', update: 'FORBIDDEN', archive: 'FORBIDDEN' },
      readTokenElsewhere: { list: 'FORBIDDEN', node: 'FORBIDDEN', create: 'FORBIDDEN', update: 'FORBIDDEN', archive: 'FORBIDDEN' },
      writeToken: { list: 'ok', node: 'ok', create: 'ok', update: 'ok', archive: 'ok' },
      facilitator: { list: 'ok', node: 'ok', create: 'ok', update: 'ok', archive: 'ok' },
    };
    const actual: typeof expected = {};
    for (const [who, token] of Object.entries(viewers)) {
      const row = {} as Record<keyof typeof ops, string>;
      // Archive last: it changes what later reads return.
      for (const op of ['list', 'node', 'create', 'update', 'archive'] as const) row[op] = await outcome(op, token);
      actual[who] = row;
    }
    expect(actual).toEqual(expected);
    // Refused writes wrote nothing: only the facilitator's and the write token's creations exist.
    const [count] = await app.sql<{ n: string }>(`select count(*) as n from need where factory_id = $1 and title = 'Essai de droits'`, [f.id]);
    expect(Number(count!.n)).toBe(3); // two creations plus the original need renamed by the updates
  });
});

describe('needs: pagination, filters, batching', () => {
  it('walks every page exactly once, in order, and reports page info', async () => {
    const f = await fx.factory(app);
    const token = await fx.facilitatorToken(app, f.id);
    const ids = await seedNeeds(f, token, 7);
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const res: GraphQLResponse<any> = await app.gql(LIST, { factoryId: f.gid, first: 3, after }, token);
      const needs: any = res.data!.needs;
      expect(needs.totalCount).toBe(7);
      expect(needs.pageInfo.hasPreviousPage).toBe(after !== null);
      seen.push(...needs.edges.map((e: { node: { id: string } }) => e.node.id));
      pages++;
      if (!needs.pageInfo.hasNextPage) break;
      after = needs.pageInfo.endCursor;
    }
    expect(pages).toBe(3);
    expect(seen).toEqual([...ids].reverse()); // newest first, no gap, no duplicate
  });

  it('bounds page sizes and rejects foreign cursors', async () => {
    const f = await fx.factory(app);
    const token = await fx.facilitatorToken(app, f.id);
    for (const first of [0, -1, 101]) expect(codes(await app.gql(LIST, { factoryId: f.gid, first }, token))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await app.gql(LIST, { factoryId: f.gid, after: 'not-a-cursor' }, token))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await app.gql(LIST, { factoryId: f.gid, first: 2 ** 40 }, token))).toEqual(['BAD_USER_INPUT']);
    const empty = await app.gql(LIST, { factoryId: f.gid, first: 100 }, token);
    expect(empty.data!.needs).toEqual({ totalCount: 0, pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null }, edges: [] });
  });

  it('filters by theme, territory and accent-insensitive words', async () => {
    const f = await fx.factory(app);
    const token = await fx.facilitatorToken(app, f.id);
    await seedNeeds(f, token, 4, (i) => ['Manque d’énergie citoyenne', 'Recyclerie absente', 'Énergie solaire sur les écoles', 'Vélos en panne'][i]!);
    const titles = async (filter: Record<string, unknown>) =>
      (await app.gql(LIST, { factoryId: f.gid, filter }, token)).data!.needs.edges.map((e: { node: { title: string } }) => e.node.title).sort();
    expect(await titles({ search: 'energie' })).toEqual(['Manque d’énergie citoyenne', 'Énergie solaire sur les écoles']);
    expect(await titles({ search: 'ÉNERGIE écoles' })).toEqual(['Énergie solaire sur les écoles']);
    expect(await titles({ search: '100%_' })).toEqual([]);
    expect(await titles({ territoryIds: [f.qpv.gid] })).toEqual(['Recyclerie absente', 'Vélos en panne']);
    expect(await titles({ themeIds: [await fx.themeId(app, 'habitat')] })).toEqual([]);
  });

  it('loads a page of needs with their theme, territory and factory in a constant number of queries', async () => {
    const f = await fx.factory(app);
    const token = await fx.facilitatorToken(app, f.id);
    await seedNeeds(f, token, 12);
    const query = `query ($factoryId: ID!, $first: Int) { needs(factoryId: $factoryId, first: $first) { totalCount edges { node { title theme { slug } territory { name parent { name } } factory { name } } } } }`;
    const countQueries = async (first: number) => {
      app.queries.length = 0;
      const res = await app.gql(query, { factoryId: f.gid, first }, token);
      expect(res.errors).toBeUndefined();
      expect(res.data!.needs.edges).toHaveLength(first);
      return app.queries.length;
    };
    const small = await countQueries(2);
    const large = await countQueries(12);
    expect(small).toBeGreaterThan(2); // the statements are really counted
    expect(large).toBe(small);
    expect(large).toBeLessThanOrEqual(9);
  });
});

describe('themes', () => {
  it('lists the ten shared themes, and a factory extends the vocabulary with its own', async () => {
    const f = await fx.factory(app);
    const other = await fx.factory(app);
    const token = await fx.facilitatorToken(app, f.id);
    const shared = await app.gql(`{ themes { slug labelFr } }`, {}, token);
    expect(shared.data!.themes).toHaveLength(10);
    expect(shared.data!.themes.map((t: { slug: string }) => t.slug)).toContain('energies-citoyennes');

    const CREATE_THEME = `mutation ($input: CreateThemeInput!) { createTheme(input: $input) { slug labelFr labelEn } }`;
    const created = await app.gql(CREATE_THEME, { input: { factoryId: f.gid, labelFr: 'Tourisme durable', labelEn: '' } }, token);
    expect(created.data!.createTheme).toEqual({ slug: 'tourisme-durable', labelFr: 'Tourisme durable', labelEn: 'Tourisme durable' });
    const duplicate = await app.gql(CREATE_THEME, { input: { factoryId: f.gid, labelFr: 'Économie circulaire', labelEn: 'x' } }, token);
    expect(codes(duplicate)).toEqual(['BAD_USER_INPUT']);

    const mine = await app.gql(`query ($f: ID) { themes(factoryId: $f) { slug } }`, { f: f.gid }, token);
    expect(mine.data!.themes).toHaveLength(11);
    const theirs = await app.gql(`query ($f: ID) { themes(factoryId: $f) { slug } }`, { f: other.gid }, await fx.facilitatorToken(app, other.id));
    expect(theirs.data!.themes).toHaveLength(10);
    expect(codes(await app.gql(CREATE_THEME, { input: { factoryId: f.gid, labelFr: 'Autre', labelEn: '' } }, await fx.apiToken(app, f.id, ['read'])))).toEqual(['FORBIDDEN']);
  });
});
