import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, startTestApp, subscribeRoom, type TestApp } from '../../test/harness.js';
import * as fx from '../../test/fixtures.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

const FIELDS = `id name summary status factoryId publishedAt archivedAt curatedBy legalForm legalFormDetail economicModel revenueSources yearStarted funders
  place { town postcode departement region country latitude longitude }
  jobs { count asOf }
  transferability { replicationMode preconditions minPopulation preconditionsNote transferable contact }
  sources { url title consultedOn }
  themes { slug }`;
const CREATE = `mutation ($input: CreateInitiativeInput!) { createInitiative(input: $input) { initiative { ${FIELDS} } duplicates { id name } } }`;
const UPDATE = `mutation ($input: UpdateInitiativeInput!) { updateInitiative(input: $input) { initiative { ${FIELDS} } duplicates { id name } } }`;
const PUBLISH = `mutation ($id: ID!) { publishInitiative(id: $id) { id status publishedAt } }`;
const ARCHIVE = `mutation ($id: ID!) { archiveInitiative(id: $id) { id status archivedAt } }`;
const GET = `query ($id: ID!) { initiative(id: $id) { id name status } }`;
const NODE = `query ($id: ID!) { node(id: $id) { id ... on Initiative { name } } }`;
const HISTORY = `query ($id: ID!) { initiative(id: $id) { history { action actorName changes { field before after } } } }`;
const MERGE = `mutation ($s: ID!, $m: ID!) { mergeInitiatives(survivorId: $s, mergedId: $m) { id name summary sources { url } themes { slug } ideas { note idea { id title } } } }`;
const LINK = `mutation ($idea: ID!, $i: ID!, $note: String!) { linkReference(ideaId: $idea, initiativeId: $i, note: $note) { id note linkedBy initiative { name } idea { id } } }`;
const UNLINK = `mutation ($idea: ID!, $i: ID!) { unlinkReference(ideaId: $idea, initiativeId: $i) }`;
const SOURCE = [{ url: 'https://example.org/recyclerie', title: 'Site de la recyclerie', consultedOn: '2026-10-01' }];

type Factory = Awaited<ReturnType<typeof fx.factory>>;

async function create(f: Factory, token: string, fields: Record<string, unknown>, publish = true): Promise<string> {
  const res = await app.gql(CREATE, { input: { factoryId: f.gid, publish, fields: { sources: SOURCE, ...fields } } }, token);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.createInitiative.initiative.id;
}

describe('library: the initiative record', () => {
  it('creates a record with every part of it, as a draft by default, curated by its author', async () => {
    const f = await fx.factory(app);
    const token = await fx.facilitatorToken(app, f.id);
    const res = await app.gql(
      CREATE,
      {
        input: {
          factoryId: f.gid,
          fields: {
            name: '  La Conserverie des Coteaux  ',
            summary: 'Une conserverie coopérative de légumes locaux',
            place: { town: 'Toul', postcode: '54200', departement: 'Meurthe-et-Moselle', region: 'Grand Est', latitude: 48.68, longitude: 5.89 },
            themeIds: [await fx.themeId(app, 'alimentation-durable'), await fx.themeId(app, 'insertion-et-emploi')],
            legalForm: 'SCIC',
            legalFormDetail: 'SCIC SAS',
            economicModel: 'Vente de bocaux et prestation de transformation',
            revenueSources: ['Ventes', 'Prestations', 'Ventes'],
            yearStarted: 2019,
            jobs: { count: 6, asOf: '2025-12-31' },
            funders: ['Région Grand Est', 'France Active'],
            transferability: { replicationMode: 'SOCIAL_FRANCHISE', preconditions: ['RURAL', 'PERIURBAN'], minPopulation: 20000, preconditionsNote: 'Un réseau de maraîchers', transferable: 'Process HACCP, recettes', contact: 'Camille, coordinatrice' },
            sources: SOURCE,
          },
        },
      },
      token,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.createInitiative.initiative).toMatchObject({
      name: 'La Conserverie des Coteaux',
      status: 'DRAFT',
      factoryId: f.gid,
      publishedAt: null,
      curatedBy: expect.stringMatching(/^User /),
      legalForm: 'SCIC',
      revenueSources: ['Ventes', 'Prestations'],
      place: { town: 'Toul', postcode: '54200', departement: 'Meurthe-et-Moselle', region: 'Grand Est', country: 'FR', latitude: 48.68, longitude: 5.89 },
      jobs: { count: 6, asOf: '2025-12-31' },
      transferability: { replicationMode: 'SOCIAL_FRANCHISE', preconditions: ['RURAL', 'PERIURBAN'], minPopulation: 20000 },
      sources: [{ url: 'https://example.org/recyclerie', title: 'Site de la recyclerie', consultedOn: '2026-10-01' }],
      themes: [{ slug: 'alimentation-durable' }, { slug: 'insertion-et-emploi' }],
    });
    const id = res.data!.createInitiative.initiative.id;
    expect((await app.gql(NODE, { id }, token)).data!.node).toEqual({ id, name: 'La Conserverie des Coteaux' });
  });

  it('writes a new record with its themes once: the theme trigger rewrites the row (and its search row) only when its theme ids differ', async () => {
    const f = await fx.factory(app);
    const token = await fx.facilitatorToken(app, f.id);
    const themes = [await fx.themeId(app, 'insertion-et-emploi'), await fx.themeId(app, 'alimentation-durable')];
    const res = await app.gql(CREATE, { input: { factoryId: f.gid, fields: { name: 'Épicerie du Lac', themeIds: themes } } }, token);
    expect(res.errors).toBeUndefined();
    const id = (await app.sql<{ id: string }>(`select id from initiative where factory_id = $1 and name = 'Épicerie du Lac'`, [f.id]))[0]!.id;
    const raw = (await app.sql<{ id: string }>(`select id from theme where slug in ('insertion-et-emploi', 'alimentation-durable') and factory_id is null order by id`)).map((r) => r.id);
    expect((await app.sql<{ ids: string[] }>('select theme_ids::text[] as ids from initiative where id = $1', [id]))[0]!.ids).toEqual(raw);
    expect((await app.sql<{ ids: string[] }>('select theme_ids::text[] as ids from initiative_search where id = $1', [id]))[0]!.ids).toEqual(raw);

    // The trigger itself, counted within one transaction (rolled back).
    const db = new pg.Client({ connectionString: app.databaseUrl });
    await db.connect();
    try {
      await db.query('begin');
      const other = randomUUID();
      await db.query(
        `insert into initiative (id, created_at, updated_at, factory_id, name, sources, status, theme_ids)
         values ($1, now(), now(), $2, 'Ressourcerie du Lac', '[]'::jsonb, 'DRAFT', $3::uuid[])`,
        [other, f.id, [raw[0]]],
      );
      await db.query('insert into initiative_theme (initiative_id, theme_id) values ($1, $2)', [other, raw[0]]);
      const updates = async () =>
        Object.fromEntries(
          (await db.query<{ relname: string; n: number }>(`select relname, n_tup_upd::int as n from pg_stat_xact_user_tables where relname in ('initiative', 'initiative_search')`)).rows.map((r) => [r.relname, r.n]),
        );
      expect(await updates()).toEqual({ initiative: 0, initiative_search: 0 });
      await db.query('insert into initiative_theme (initiative_id, theme_id) values ($1, $2)', [other, raw[1]]);
      expect(await updates()).toEqual({ initiative: 1, initiative_search: 1 });
      expect((await db.query('select theme_ids::text[] as ids from initiative_search where id = $1', [other])).rows[0].ids).toEqual(raw);
    } finally {
      await db.query('rollback');
      await db.end();
    }
  });

  it('refuses to publish without a source (BAD_USER_INPUT), on create, publish and update', async () => {
    const f = await fx.factory(app);
    const token = await fx.facilitatorToken(app, f.id);
    const noSource = await app.gql(CREATE, { input: { factoryId: f.gid, publish: true, fields: { name: 'Sans source' } } }, token);
    expect(codes(noSource)).toEqual(['BAD_USER_INPUT']);
    expect(noSource.errors![0]!.extensions!.fields).toEqual({ sources: ['must have at least one source to publish'] });
    const draft = await create(f, token, { name: 'Brouillon sans source', sources: [] }, false);
    expect(codes(await app.gql(PUBLISH, { id: draft }, token))).toEqual(['BAD_USER_INPUT']);
    const published = await create(f, token, { name: 'Publié avec source' });
    expect(codes(await app.gql(UPDATE, { input: { id: published, fields: { sources: [] } } }, token))).toEqual(['BAD_USER_INPUT']);
    expect(await app.sql(`select status, jsonb_array_length(sources) as n from initiative where factory_id = $1 order by name`, [f.id])).toEqual([
      { status: 'DRAFT', n: 0 },
      { status: 'PUBLISHED', n: 1 },
    ]);
  });

  it('validates input with per-field details and writes nothing', async () => {
    const f = await fx.factory(app);
    const token = await fx.facilitatorToken(app, f.id);
    const cases: [Record<string, unknown>, Record<string, string[]>][] = [
      [{ name: 'x' }, { 'fields.name': ['name must be longer than or equal to 2 characters'] }],
      [{ name: 'Valide', sources: [{ url: 'ftp://x', title: 'x' }] }, { 'fields.sources.0.url': ['must be an http(s) address'] }],
      [{ name: 'Valide', place: { country: 'France' } }, { 'fields.place.country': ['must be a two-letter country code'] }],
      [{ name: 'Valide', yearStarted: 1500 }, { 'fields.yearStarted': ['yearStarted must not be less than 1800'] }],
      [{ name: 'Valide', themeIds: [f.gid] }, { 'fields.themeIds': ['must be a Theme id'] }],
    ];
    for (const [fields, expected] of cases) {
      const res = await app.gql(CREATE, { input: { factoryId: f.gid, fields } }, token);
      expect(codes(res)).toEqual(['BAD_USER_INPUT']);
      expect(res.errors![0]!.extensions!.fields).toEqual(expected);
    }
    expect(codes(await app.gql(CREATE, { input: { factoryId: f.gid, fields: { summary: 'Pas de nom' } } }, token))).toEqual(['BAD_USER_INPUT']);
    expect(await app.sql('select 1 from initiative where factory_id = $1', [f.id])).toHaveLength(0);
  });

  it('publishes, archives and publishes again; archived records leave readers’ view', async () => {
    const f = await fx.factory(app);
    const token = await fx.facilitatorToken(app, f.id);
    const reader = await fx.apiToken(app, f.id, ['read']);
    const id = await create(f, token, { name: 'Repair Café des Tanneurs' }, false);
    expect(codes(await app.gql(GET, { id }, reader))).toEqual(['NOT_FOUND']);
    const published = await app.gql(PUBLISH, { id }, token);
    expect(published.data!.publishInitiative).toMatchObject({ status: 'PUBLISHED', publishedAt: expect.any(String) });
    expect((await app.gql(PUBLISH, { id }, token)).data!.publishInitiative.publishedAt).toBe(published.data!.publishInitiative.publishedAt);
    expect((await app.gql(GET, { id }, reader)).data!.initiative.status).toBe('PUBLISHED');
    expect((await app.gql(ARCHIVE, { id }, token)).data!.archiveInitiative).toMatchObject({ status: 'ARCHIVED', archivedAt: expect.any(String) });
    expect(codes(await app.gql(GET, { id }, reader))).toEqual(['NOT_FOUND']);
    expect((await app.gql(NODE, { id }, reader)).data).toEqual({ node: null });
    expect((await app.gql(PUBLISH, { id }, token)).data!.publishInitiative.status).toBe('PUBLISHED');
  });
});

describe('library: duplicates and audit trail', () => {
  it('shows likely duplicates (similar name, same place) on create, update and before saving, without blocking', async () => {
    const f = await fx.factory(app);
    const token = await fx.facilitatorToken(app, f.id);
    const first = await create(f, token, { name: 'Recyclerie du Plateau de Haye', place: { town: 'Nancy' } });
    await create(f, token, { name: 'Recyclerie du Plateau de Haye', place: { town: 'Metz' } }); // same name elsewhere: not a duplicate
    await create(f, token, { name: 'Épicerie solidaire de Haye', place: { town: 'Nancy' } }); // same place, other name
    const res = await app.gql(CREATE, { input: { factoryId: f.gid, fields: { name: 'La recyclerie du plateau de Haye', place: { town: 'NANCY' } } } }, token);
    expect(res.errors).toBeUndefined();
    expect(res.data!.createInitiative.duplicates).toEqual([{ id: first, name: 'Recyclerie du Plateau de Haye' }]);
    const second = res.data!.createInitiative.initiative.id;

    const before = await app.gql(
      `query ($input: InitiativeDuplicatesInput!) { initiativeDuplicates(input: $input) { id } }`,
      { input: { factoryId: f.gid, name: 'Recylcerie du plateau', place: { town: 'Nancy' }, excludeId: second } },
      token,
    );
    expect(before.data!.initiativeDuplicates).toEqual([{ id: first }]);

    const renamed = await app.gql(UPDATE, { input: { id: second, fields: { name: 'Ressourcerie Haye Nord' } } }, token);
    expect(renamed.data!.updateInitiative.duplicates).toEqual([]);
  });

  it('records who changed what, with before and after of changed fields only, viewable by curators', async () => {
    const f = await fx.factory(app);
    const token = await fx.facilitatorToken(app, f.id);
    const writer = await fx.apiToken(app, f.id, ['write']);
    const id = await create(f, token, { name: 'Garage solidaire', place: { town: 'Lunéville' } }, false);
    await app.gql(UPDATE, { input: { id, fields: { summary: 'Réparations à prix solidaires', name: 'Garage solidaire' } } }, writer);
    await app.gql(UPDATE, { input: { id, fields: { summary: 'Réparations à prix solidaires' } } }, writer); // no change: no entry
    await app.gql(PUBLISH, { id }, token);
    // Readers see the published record but not its history.
    expect(codes(await app.gql(HISTORY, { id }, await fx.apiToken(app, f.id, ['read'])))).toEqual(['FORBIDDEN']);
    await app.gql(ARCHIVE, { id }, token);
    const res = await app.gql(HISTORY, { id }, token);
    expect(res.errors).toBeUndefined();
    const history = res.data!.initiative.history;
    expect(history.map((h: { action: string }) => h.action)).toEqual(['CREATED', 'UPDATED', 'PUBLISHED', 'ARCHIVED']);
    expect(history[0].actorName).toMatch(/^User /);
    expect(history[0].changes.map((c: { field: string }) => c.field)).toEqual(['name', 'place', 'sources', 'status']);
    expect(history[1]).toEqual({ action: 'UPDATED', actorName: 'API token test tool', changes: [{ field: 'summary', before: '', after: 'Réparations à prix solidaires' }] });
    expect(history[2].changes).toEqual([{ field: 'status', before: 'DRAFT', after: 'PUBLISHED' }]);
  });
});

describe('library: merge', () => {
  it('merges two records: links from ideas kept, fields united, the old id redirects to the survivor', async () => {
    const { factory: f, facilitator, room, people } = await fx.liveRoom(app, {}, 1);
    await fx.setPhase(app, room.id, 'DIVERGE', facilitator);
    const ideaA = await fx.idea(app, room.id, people[0]!.token, 'Une recyclerie au Plateau');
    const ideaB = await fx.idea(app, room.id, people[0]!.token, 'Un atelier de réparation');
    const survivor = await create(f, facilitator, { name: 'Recyclerie Emmaüs du Plateau', themeIds: [await fx.themeId(app, 'economie-circulaire')] });
    const merged = await create(f, facilitator, {
      name: 'Recyclerie du Plateau',
      summary: 'Collecte et revente',
      themeIds: [await fx.themeId(app, 'insertion-et-emploi')],
      sources: [{ url: 'https://example.org/autre', title: 'Article' }],
    });
    expect((await app.gql(LINK, { idea: ideaA, i: survivor, note: 'Le modèle de collecte' }, facilitator)).errors).toBeUndefined();
    expect((await app.gql(LINK, { idea: ideaA, i: merged, note: 'Les horaires' }, facilitator)).errors).toBeUndefined();
    expect((await app.gql(LINK, { idea: ideaB, i: merged, note: 'L’atelier' }, people[0]!.token)).errors).toBeUndefined();

    const res = await app.gql(MERGE, { s: survivor, m: merged }, facilitator);
    expect(res.errors).toBeUndefined();
    expect(res.data!.mergeInitiatives).toEqual({
      id: survivor,
      name: 'Recyclerie Emmaüs du Plateau',
      summary: 'Collecte et revente',
      sources: [{ url: 'https://example.org/recyclerie' }, { url: 'https://example.org/autre' }],
      themes: [{ slug: 'economie-circulaire' }, { slug: 'insertion-et-emploi' }],
      ideas: [
        { note: 'Le modèle de collecte\n\nLes horaires', idea: { id: ideaA, title: 'Une recyclerie au Plateau' } },
        { note: 'L’atelier', idea: { id: ideaB, title: 'Un atelier de réparation' } },
      ],
    });
    // The old id answers with the survivor, through `initiative` and `node`.
    expect((await app.gql(GET, { id: merged }, facilitator)).data!.initiative).toEqual({ id: survivor, name: 'Recyclerie Emmaüs du Plateau', status: 'PUBLISHED' });
    expect((await app.gql(NODE, { id: merged }, people[0]!.token)).data!.node).toEqual({ id: survivor, name: 'Recyclerie Emmaüs du Plateau' });
    // The idea's references now point at the survivor only.
    const refs = await app.gql(`query ($id: ID!) { node(id: $id) { ... on Idea { references { note initiative { id } } } } }`, { id: ideaB }, facilitator);
    expect(refs.data!.node.references).toEqual([{ note: 'L’atelier', initiative: { id: survivor } }]);
    // The merged record is out of searches, cannot be edited, and both histories say what happened.
    const search = await app.gql(`query ($f: ID!) { initiatives(factoryId: $f, query: "recyclerie") { totalCount } }`, { f: f.gid }, facilitator);
    expect(search.data!.initiatives.totalCount).toBe(1);
    expect(codes(await app.gql(UPDATE, { input: { id: merged, fields: { name: 'Encore' } } }, facilitator))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await app.gql(MERGE, { s: survivor, m: survivor }, facilitator))).toEqual(['BAD_USER_INPUT']);
    const [row] = await app.sql<{ status: string; merged_into_id: string }>(`select status, merged_into_id from initiative where id = $1`, [Buffer.from(merged, 'base64url').toString().split(':')[1]]);
    expect(row!.status).toBe('ARCHIVED');
    const history = (await app.gql(HISTORY, { id: survivor }, facilitator)).data!.initiative.history;
    expect(history.at(-1)).toMatchObject({ action: 'MERGED', changes: expect.arrayContaining([{ field: 'mergedFrom', before: null, after: { id: merged, name: 'Recyclerie du Plateau' } }]) });

    // A record merged into one that is merged later follows to the final survivor in one hop.
    const third = await create(f, facilitator, { name: 'Troisième fiche' });
    await app.gql(MERGE, { s: third, m: survivor }, facilitator);
    expect((await app.gql(GET, { id: merged }, facilitator)).data!.initiative.id).toBe(third);
    expect(await app.sql(`select count(*)::int as n from initiative where merged_into_id = $1`, [Buffer.from(third, 'base64url').toString().split(':')[1]])).toEqual([{ n: 2 }]);
  });

  it('refuses to merge records of two libraries', async () => {
    const f = await fx.factory(app);
    const token = await fx.facilitatorToken(app, f.id);
    const other = await fx.factory(app);
    const a = await create(f, token, { name: 'Ici' });
    const b = await create(other, await fx.facilitatorToken(app, other.id), { name: 'Ailleurs' });
    expect(codes(await app.gql(MERGE, { s: a, m: b }, token))).toEqual(['FORBIDDEN']);
  });
});

describe('library: links to ideas, suggestions, live push', () => {
  it('lists the ideas that drew on an initiative in a fixed number of queries, however many there are', async () => {
    const { factory: f, facilitator, room, people } = await fx.liveRoom(app, {}, 1);
    await fx.setPhase(app, room.id, 'DIVERGE', facilitator);
    const initiative = await create(f, facilitator, { name: 'Recyclerie des Trois Maisons' });
    const IDEAS = `query ($id: ID!) { initiative(id: $id) { ideas { idea { title votes { total } } } } }`;
    const countQueries = async () => {
      app.queries.length = 0;
      const res = await app.gql(IDEAS, { id: initiative }, facilitator);
      expect(res.errors).toBeUndefined();
      return { n: res.data!.initiative.ideas.length, queries: app.queries.length };
    };
    const link = async (title: string) => {
      const idea = await fx.idea(app, room.id, people[0]!.token, title);
      expect((await app.gql(LINK, { idea, i: initiative, note: 'À transférer' }, facilitator)).errors).toBeUndefined();
    };
    await link('Idée 1');
    const one = await countQueries();
    for (const title of ['Idée 2', 'Idée 3', 'Idée 4']) await link(title);
    const four = await countQueries();
    expect([one.n, four.n]).toEqual([1, 4]);
    expect(one.queries).toBeGreaterThan(2); // the statements are really counted
    expect(four.queries).toBe(one.queries);
  });

  it('links and unlinks an initiative to an idea with a note; the idea shows its references, the initiative its ideas', async () => {
    const { factory: f, facilitator, room, people } = await fx.liveRoom(app, {}, 2);
    await fx.setPhase(app, room.id, 'DIVERGE', facilitator);
    const [alice, bob] = people as [(typeof people)[0], (typeof people)[0]];
    const idea = await fx.idea(app, room.id, alice.token, 'Une conserverie de quartier');
    const published = await create(f, facilitator, { name: 'Conserverie des Coteaux' });
    const draft = await create(f, facilitator, { name: 'Conserverie en brouillon' }, false);

    const linked = await app.gql(LINK, { idea, i: published, note: 'Le partenariat avec les maraîchers, à voir avec la chambre d’agriculture en janvier' }, bob.token);
    expect(linked.errors).toBeUndefined();
    expect(linked.data!.linkReference).toMatchObject({ linkedBy: 'Personne 2', initiative: { name: 'Conserverie des Coteaux' }, idea: { id: idea } });
    // Linking again changes the note; participants cannot link drafts (they cannot see them).
    expect((await app.gql(LINK, { idea, i: published, note: 'Les recettes' }, alice.token)).data!.linkReference.note).toBe('Les recettes');
    expect(codes(await app.gql(LINK, { idea, i: draft, note: 'x' }, alice.token))).toEqual(['NOT_FOUND']);
    expect((await app.gql(LINK, { idea, i: draft, note: 'À compléter' }, facilitator)).errors).toBeUndefined();

    const REFS = `query ($id: ID!) { node(id: $id) { ... on Idea { references { note linkedBy initiative { name } } } } }`;
    expect((await app.gql(REFS, { id: idea }, alice.token)).data!.node.references).toEqual([{ note: 'Les recettes', linkedBy: 'Personne 2', initiative: { name: 'Conserverie des Coteaux' } }]);
    expect((await app.gql(REFS, { id: idea }, facilitator)).data!.node.references).toHaveLength(2);

    const IDEAS = `query ($id: ID!) { initiative(id: $id) { ideas { note idea { id title roomId } } } }`;
    expect((await app.gql(IDEAS, { id: published }, facilitator)).data!.initiative.ideas).toEqual([{ note: 'Les recettes', idea: { id: idea, title: 'Une conserverie de quartier', roomId: room.id } }]);
    // A participant of another room of the factory reads the initiative but not this room's ideas.
    const elsewhere = await fx.participantToken(app, f.id);
    expect((await app.gql(IDEAS, { id: published }, elsewhere)).data!.initiative.ideas).toEqual([]);

    // The room hears of it: an IdeaUpdated whose references each viewer may read (no draft for participants).
    const watch = await subscribeRoom(app.ws(bob.token), room.id);
    const seq = watch.durable().at(-1)?.seq ?? 0;
    expect((await app.gql(LINK, { idea, i: published, note: 'Les recettes et le plan HACCP' }, alice.token)).errors).toBeUndefined();
    const linkedEvent = await watch.waitFor((e) => e.__typename === 'IdeaUpdated' && e.seq > seq);
    expect(linkedEvent.idea.id).toBe(idea);
    const refsSeen = await app.gql(REFS, { id: idea }, bob.token);
    expect(refsSeen.data!.node.references).toEqual([{ note: 'Les recettes et le plan HACCP', linkedBy: 'Personne 2', initiative: { name: 'Conserverie des Coteaux' } }]);

    expect((await app.gql(UNLINK, { idea, i: published }, alice.token)).data).toEqual({ unlinkReference: true });
    await watch.waitFor((e) => e.__typename === 'IdeaUpdated' && e.seq > linkedEvent.seq);
    expect((await app.gql(UNLINK, { idea, i: published }, alice.token)).data).toEqual({ unlinkReference: false });
    // Nothing removed, nothing told.
    await new Promise((r) => setTimeout(r, 200));
    expect(watch.durable().filter((e) => e.__typename === 'IdeaUpdated' && e.seq > linkedEvent.seq)).toHaveLength(1);
    watch.stop();
    expect(codes(await app.gql(LINK, { idea, i: published, note: 'x' }, await fx.apiToken(app, f.id, ['read', 'write'])))).toEqual(['FORBIDDEN']);
  });

  it('suggests references for an idea from its words and its needs’ themes, with why, best first', async () => {
    const { factory: f, facilitator, room, people } = await fx.liveRoom(app, {}, 1);
    await fx.setPhase(app, room.id, 'DIVERGE', facilitator);
    const conserverie = await create(f, facilitator, { name: 'Conserverie des Coteaux', summary: 'Transformation de légumes invendus en bocaux', themeIds: [await fx.themeId(app, 'alimentation-durable')] });
    const epicerie = await create(f, facilitator, { name: 'Épicerie solidaire', summary: 'Des légumes frais à petits prix', themeIds: [await fx.themeId(app, 'alimentation-durable')] });
    const velo = await create(f, facilitator, { name: 'Atelier vélo', summary: 'Réparation de vélos', themeIds: [await fx.themeId(app, 'mobilites-douces')] });
    await create(f, facilitator, { name: 'Conserverie archivée', summary: 'Légumes en bocaux' }).then((id) => app.gql(ARCHIVE, { id }, facilitator));
    const need = await app.gql(
      `mutation ($input: CreateNeedInput!) { createNeed(input: $input) { id } }`,
      { input: { factoryId: f.gid, territoryId: f.territory.gid, themeId: await fx.themeId(app, 'alimentation-durable'), title: 'Les légumes invendus sont perdus' } },
      facilitator,
    );
    const idea = (
      await app.gql(`mutation ($input: CreateIdeaInput!) { createIdea(input: $input) { id } }`, { input: { roomId: room.id, title: 'Mettre en bocaux les légumes invendus', needIds: [need.data!.createNeed.id] } }, people[0]!.token)
    ).data!.createIdea.id;
    const SUGGEST = `query ($id: ID!) { suggestReferences(ideaId: $id, first: 5) { score matchedTerms sharedThemes { slug } initiative { id } } }`;
    const res = await app.gql(SUGGEST, { id: idea }, people[0]!.token);
    expect(res.errors).toBeUndefined();
    const suggestions = res.data!.suggestReferences;
    expect(suggestions.map((s: { initiative: { id: string } }) => s.initiative.id)).toEqual([conserverie, epicerie]);
    expect(suggestions[0].matchedTerms.sort()).toEqual(['bocaux', 'invendus', 'légumes']);
    expect(suggestions[0].sharedThemes).toEqual([{ slug: 'alimentation-durable' }]);
    expect(suggestions[1].matchedTerms).toEqual(['légumes']);
    expect(suggestions[0].score).toBeGreaterThan(suggestions[1].score);
    expect(suggestions.map((s: { initiative: { id: string } }) => s.initiative.id)).not.toContain(velo);
    // The same through the idea, and linked references are no longer suggested.
    await app.gql(LINK, { idea, i: conserverie, note: 'Le process' }, facilitator);
    const viaIdea = await app.gql(`query ($id: ID!) { node(id: $id) { ... on Idea { suggestedReferences(first: 3) { initiative { id } } } } }`, { id: idea }, facilitator);
    expect(viaIdea.data!.node.suggestedReferences).toEqual([{ initiative: { id: epicerie } }]);
  });

  it('pushes a published reference into a live room: a numbered ReferencePushed event, after commit, for everyone', async () => {
    const { factory: f, facilitator, room, people } = await fx.liveRoom(app, {}, 1);
    const id = await create(f, facilitator, { name: 'Coopérative funéraire de l’Estuaire', summary: 'Des obsèques à prix juste', place: { town: 'Saint-Nazaire', region: 'Pays de la Loire' }, themeIds: [await fx.themeId(app, 'lien-social')], transferability: { replicationMode: 'FREE_INSPIRATION', transferable: 'Les statuts de la SCIC' } });
    const draft = await create(f, facilitator, { name: 'Brouillon' }, false);
    const watch = await subscribeRoom(app.ws(people[0]!.token), room.id);
    const lastSeq = Math.max(0, ...watch.durable().map((e) => e.seq));

    const pushed = await app.gql(`mutation ($r: ID!, $i: ID!) { pushReference(roomId: $r, initiativeId: $i) { id lastSeq } }`, { r: room.id, i: id }, facilitator);
    expect(pushed.errors).toBeUndefined();
    const event = await watch.waitFor((e) => e.__typename === 'ReferencePushed');
    expect(event.seq).toBe(pushed.data!.pushReference.lastSeq);
    expect(event.seq).toBeGreaterThan(lastSeq);
    const [stored] = await app.sql<{ type: string; payload: { initiative: { name: string; themes: string[] }; pushedBy: string } }>(
      `select type, payload from room_event where room_id = $1 and seq = $2`,
      [Buffer.from(room.id, 'base64url').toString().split(':')[1], event.seq],
    );
    expect(stored!.type).toBe('ReferencePushed');
    expect(stored!.payload.initiative).toMatchObject({ name: 'Coopérative funéraire de l’Estuaire', themes: ['Lien social'] });

    // The full payload, replayed to a participant who asks for what they missed.
    const replay = await new Promise<Record<string, any>>((resolve, reject) => {
      const stop = app.ws(people[0]!.token).subscribe<{ roomEvents: Record<string, any> }>(
        {
          query: `subscription ($r: ID!, $after: Int) { roomEvents(roomId: $r, afterSeq: $after) { __typename seq ... on ReferencePushed { pushedBy ideaId initiative { id name summary themes legalForm replicationMode transferable place { town region } sources { url title } } } } }`,
          variables: { r: room.id, after: event.seq - 1 },
        },
        {
          next: (v) => {
            if (v.data?.roomEvents.__typename === 'ReferencePushed') {
              stop();
              resolve(v.data.roomEvents);
            }
          },
          error: reject,
          complete: () => undefined,
        },
      );
    });
    expect(replay).toEqual({
      __typename: 'ReferencePushed',
      seq: event.seq,
      pushedBy: expect.stringMatching(/^User /),
      ideaId: null,
      initiative: {
        id,
        name: 'Coopérative funéraire de l’Estuaire',
        summary: 'Des obsèques à prix juste',
        themes: ['Lien social'],
        legalForm: null,
        replicationMode: 'FREE_INSPIRATION',
        transferable: 'Les statuts de la SCIC',
        place: { town: 'Saint-Nazaire', region: 'Pays de la Loire' },
        sources: [{ url: 'https://example.org/recyclerie', title: 'Site de la recyclerie' }],
      },
    });

    // Refused pushes publish nothing: drafts, participants, closed rooms.
    const PUSH = `mutation ($r: ID!, $i: ID!) { pushReference(roomId: $r, initiativeId: $i) { id } }`;
    expect(codes(await app.gql(PUSH, { r: room.id, i: draft }, facilitator))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await app.gql(PUSH, { r: room.id, i: id }, people[0]!.token))).toEqual(['FORBIDDEN']);
    await fx.setPhase(app, room.id, 'CLOSED', facilitator);
    expect(codes(await app.gql(PUSH, { r: room.id, i: id }, facilitator))).toEqual(['PHASE_CLOSED']);
    expect(watch.durable().filter((e) => e.__typename === 'ReferencePushed')).toHaveLength(1);
    watch.stop();
  });
});

describe('library: policy matrix', () => {
  it('applies one policy to reading, curating and sharing the library, for every kind of viewer', async () => {
    const f = await fx.factory(app);
    const other = await fx.factory(app);
    const owner = await fx.facilitatorToken(app, f.id, 'OWNER');
    const published = await create(f, owner, { name: 'Fiche publiée' });
    const draft = await create(f, owner, { name: 'Fiche en brouillon' }, false);
    const viewers: Record<string, string | undefined> = {
      anonymous: undefined,
      participant: await fx.participantToken(app, f.id),
      participantElsewhere: await fx.participantToken(app, other.id),
      facilitatorElsewhere: await fx.facilitatorToken(app, other.id),
      facilitator: await fx.facilitatorToken(app, f.id),
      readToken: await fx.apiToken(app, f.id, ['read']),
      writeToken: await fx.apiToken(app, f.id, ['write']),
      tokenElsewhere: await fx.apiToken(app, other.id, ['read', 'write']),
    };
    const SEARCH = `query ($f: ID!) { initiatives(factoryId: $f) { totalCount edges { node { name } } } }`;
    const ops = {
      search: async (t?: string) => {
        const res = await app.gql(SEARCH, { f: f.gid }, t);
        return res.errors ? res : { data: { n: res.data!.initiatives.totalCount } };
      },
      readPublished: (t?: string) => app.gql(GET, { id: published }, t),
      readDraft: (t?: string) => app.gql(GET, { id: draft }, t),
      create: (t?: string) => app.gql(CREATE, { input: { factoryId: f.gid, fields: { name: 'Essai de droits' } } }, t),
      update: (t?: string) => app.gql(UPDATE, { input: { id: draft, fields: { summary: 'Essai' } } }, t),
      publish: (t?: string) => app.gql(PUBLISH, { id: published }, t),
      share: (t?: string) => app.gql(`mutation ($f: ID!) { setLibraryPublic(factoryId: $f, public: false) { public } }`, { f: f.gid }, t),
    };
    const outcome = async (op: keyof typeof ops, token?: string) => {
      const res = (await ops[op](token)) as { errors?: { extensions?: { code?: string } }[]; data?: { n?: number } };
      if (res.errors) return res.errors[0]!.extensions?.code ?? 'NO_CODE';
      return op === 'search' ? `ok:${res.data!.n}` : 'ok';
    };
    const run = async () => {
      const table: Record<string, Record<string, string>> = {};
      for (const [who, token] of Object.entries(viewers)) {
        table[who] = {};
        for (const op of Object.keys(ops) as (keyof typeof ops)[]) table[who]![op] = await outcome(op, token);
      }
      return table;
    };
    const no = 'FORBIDDEN';
    const curator = (n: number) => ({ search: `ok:${n}`, readPublished: 'ok', readDraft: 'ok', create: 'ok', update: 'ok', publish: 'ok', share: no });
    const reader = { search: 'ok:1', readPublished: 'ok', readDraft: 'NOT_FOUND', create: no, update: no, publish: no, share: no };
    const outsider = (code: string) => ({ search: code, readPublished: code, readDraft: code, create: code, update: code, publish: code, share: code });
    // Private library. Each curator row creates one more draft, so the count grows down the table.
    expect(await run()).toEqual({
      anonymous: outsider('UNAUTHENTICATED'),
      participant: reader,
      participantElsewhere: outsider(no),
      facilitatorElsewhere: outsider(no),
      facilitator: curator(2),
      readToken: reader,
      writeToken: curator(3),
      tokenElsewhere: outsider(no),
    });
    expect(codes(await app.gql(`mutation ($f: ID!) { setLibraryPublic(factoryId: $f, public: true) { public } }`, { f: f.gid }, viewers.facilitator))).toEqual([no]);
    const shared = await app.gql(`mutation ($f: ID!) { setLibraryPublic(factoryId: $f, public: true) { public factoryName initiativeCount } }`, { f: f.gid }, owner);
    expect(shared.data!.setLibraryPublic).toMatchObject({ public: true, initiativeCount: 4 });

    // Shared library: anyone reads published records, nobody outside writes.
    const publicReader = { ...reader, share: no };
    const table = await run();
    expect(table.anonymous).toEqual({ ...publicReader, create: 'UNAUTHENTICATED', update: 'UNAUTHENTICATED', publish: 'UNAUTHENTICATED', share: 'UNAUTHENTICATED' });
    expect(table.facilitatorElsewhere).toEqual(publicReader);
    expect(table.tokenElsewhere).toEqual(publicReader);
    expect(table.participantElsewhere).toEqual(publicReader);
    expect(table.readToken).toEqual(reader);
    const libs = await app.gql(`{ publicLibraries { factoryId public initiativeCount } }`);
    expect(libs.data!.publicLibraries).toEqual([{ factoryId: f.gid, public: true, initiativeCount: 1 }]);
    // Anonymous readers do not see curators' names, nor the audit trail.
    const anon = await app.gql(`query ($id: ID!) { initiative(id: $id) { curatedBy } }`, { id: published });
    expect(anon.data!.initiative.curatedBy).toBeNull();
    expect(codes(await app.gql(HISTORY, { id: published }))).toEqual(['UNAUTHENTICATED']);
    // The share setting turns off again for everyone.
    await app.gql(`mutation ($f: ID!) { setLibraryPublic(factoryId: $f, public: false) { public } }`, { f: f.gid }, owner);
    expect(codes(await app.gql(GET, { id: published }))).toEqual(['UNAUTHENTICATED']);
    expect((await app.gql(`{ publicLibraries { factoryId } }`)).data!.publicLibraries).toEqual([]);
  });

  it('answers NOT_FOUND for an unknown record and null from node()', async () => {
    const f = await fx.factory(app);
    const token = await fx.facilitatorToken(app, f.id);
    const missing = Buffer.from(`Initiative:${randomUUID()}`).toString('base64url');
    expect(codes(await app.gql(GET, { id: missing }, token))).toEqual(['NOT_FOUND']);
    expect((await app.gql(NODE, { id: missing }, token)).data).toEqual({ node: null });
    expect(codes(await app.gql(GET, { id: f.gid }, token))).toEqual(['BAD_USER_INPUT']);
  });
});
