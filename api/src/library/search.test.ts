import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, startTestApp, type TestApp } from '../../test/harness.js';
import * as fx from '../../test/fixtures.js';

let app: TestApp;
let f: Awaited<ReturnType<typeof fx.factory>>;
let curator: string;
let reader: string;
const ids: Record<string, string> = {};

const CREATE = `mutation ($input: CreateInitiativeInput!) { createInitiative(input: $input) { initiative { id } } }`;
const SEARCH = `query ($f: ID!, $q: String, $filter: InitiativeFilter, $sort: InitiativeSort, $first: Int, $after: String) {
  initiatives(factoryId: $f, query: $q, filter: $filter, sort: $sort, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage hasPreviousPage endCursor }
    edges { cursor score node { id name status } }
  }
}`;
const FACETS = `query ($f: ID!, $q: String, $filter: InitiativeFilter) {
  initiatives(factoryId: $f, query: $q, filter: $filter, first: 1) {
    totalCount
    facets {
      themes { theme { slug } count }
      regions { region count }
      legalForms { legalForm count }
      replicationModes { replicationMode count }
      statuses { status count }
    }
  }
}`;

const source = [{ url: 'https://example.org/source', title: 'Fiche de démonstration' }];

/*
 * A small French library (fictional organisations). Names, summaries and descriptions are written so
 * that each search rule has exactly one expected answer.
 */
const FIXTURES: { key: string; status?: 'DRAFT' | 'PUBLISHED' | 'ARCHIVED'; theme: string; fields: Record<string, unknown> }[] = [
  { key: 'recyclerieName', theme: 'economie-circulaire', fields: { name: 'Recyclerie des Trois Rivières', summary: 'Collecte et revente d’objets de seconde main', place: { town: 'Épinal', region: 'Grand Est' }, legalForm: 'ASSOCIATION', transferability: { replicationMode: 'NETWORK_MEMBERSHIP' } } },
  { key: 'recyclerieSummary', theme: 'economie-circulaire', fields: { name: 'Ressourcerie Le Grenier', summary: 'Une recyclerie associative qui revend meubles et vaisselle', place: { town: 'Lille', region: 'Hauts-de-France' }, legalForm: 'ASSOCIATION', transferability: { replicationMode: 'NETWORK_MEMBERSHIP' } } },
  { key: 'recyclerieDescription', theme: 'mobilites-douces', fields: { name: 'Atelier Vélo Solidaire', summary: 'Réparation de vélos par et pour les habitants', description: 'Les pièces détachées viennent de la recyclerie voisine.', place: { town: 'Nancy', region: 'Grand Est' }, legalForm: 'ASSOCIATION', transferability: { replicationMode: 'FREE_INSPIRATION' } } },
  { key: 'energie', theme: 'energies-citoyennes', fields: { name: 'Énergie citoyenne du Pays de Nied', summary: 'Centrale solaire villageoise financée par les habitants', place: { town: 'Boulay-Moselle', region: 'Grand Est' }, legalForm: 'SCIC', transferability: { replicationMode: 'NETWORK_MEMBERSHIP' } } },
  { key: 'conserverie', theme: 'alimentation-durable', fields: { name: 'Conserverie solidaire des Marais', summary: 'Transformation de légumes bio invendus en bocaux', place: { town: 'Niort', region: 'Nouvelle-Aquitaine' }, legalForm: 'SCOP', transferability: { replicationMode: 'SOCIAL_FRANCHISE' } } },
  { key: 'funeraire', theme: 'lien-social', fields: { name: 'Coopérative funéraire de l’Estuaire', summary: 'Des obsèques transparentes à prix juste', place: { town: 'Saint-Nazaire', region: 'Pays de la Loire' }, legalForm: 'SCIC', transferability: { replicationMode: 'FREE_INSPIRATION' } } },
  { key: 'epicerie', theme: 'alimentation-durable', fields: { name: 'Épicerie solidaire La Passerelle', summary: 'Produits frais à prix réduit pour les foyers modestes', place: { town: 'Roubaix', region: 'Hauts-de-France' }, legalForm: 'ASSOCIATION', transferability: { replicationMode: 'NETWORK_MEMBERSHIP' } } },
  { key: 'garage', theme: 'mobilites-douces', fields: { name: 'Garage solidaire du Lauragais', summary: 'Entretien de voitures à bas coût pour les personnes en insertion', place: { town: 'Castelnaudary', region: 'Occitanie' }, legalForm: 'ENTREPRISE_INSERTION', transferability: { replicationMode: 'SOCIAL_FRANCHISE' } } },
  { key: 'draftConserverie', status: 'DRAFT', theme: 'alimentation-durable', fields: { name: 'Conserverie mobile', summary: 'Un camion-atelier qui va de ferme en ferme', place: { town: 'Guéret', region: 'Nouvelle-Aquitaine' }, legalForm: 'SCOP' } },
  { key: 'archivedRecyclerie', status: 'ARCHIVED', theme: 'economie-circulaire', fields: { name: 'Recyclerie du Vieux Port (fermée)', summary: 'Fermée en 2020', place: { town: 'Marseille', region: 'Provence-Alpes-Côte d’Azur' }, legalForm: 'ASSOCIATION' } },
];

beforeAll(async () => {
  app = await startTestApp();
  f = await fx.factory(app);
  curator = await fx.facilitatorToken(app, f.id);
  reader = await fx.apiToken(app, f.id, ['read']);
  for (const fixture of FIXTURES) {
    const res = await app.gql(
      CREATE,
      { input: { factoryId: f.gid, publish: fixture.status !== 'DRAFT', fields: { ...fixture.fields, themeIds: [await fx.themeId(app, fixture.theme)], sources: source } } },
      curator,
    );
    expect(res.errors).toBeUndefined();
    ids[fixture.key] = res.data!.createInitiative.initiative.id;
    if (fixture.status === 'ARCHIVED') await app.gql(`mutation ($id: ID!) { archiveInitiative(id: $id) { id } }`, { id: ids[fixture.key] }, curator);
  }
});
afterAll(() => app.stop());

const names = async (q: string | null, token = curator, extra: Record<string, unknown> = {}) => {
  const res = await app.gql(SEARCH, { f: f.gid, q, first: 50, ...extra }, token);
  expect(res.errors).toBeUndefined();
  return res.data!.initiatives.edges.map((e: { node: { name: string } }) => e.node.name) as string[];
};
const nameOf = (key: string) => FIXTURES.find((x) => x.key === key)!.fields.name as string;

describe('library search: French full text', () => {
  it('finds "recyclerie" for "recycleries", ranked name > summary > description', async () => {
    expect(await names('recycleries')).toEqual([nameOf('recyclerieName'), nameOf('recyclerieSummary'), nameOf('recyclerieDescription')]);
    expect(await names('Recyclerie')).toEqual([nameOf('recyclerieName'), nameOf('recyclerieSummary'), nameOf('recyclerieDescription')]);
  });

  it('ignores accents both ways: "energie" finds "Énergie", "epicerie" finds "Épicerie", "ÉPINAL" finds Épinal', async () => {
    expect(await names('energie')).toEqual([nameOf('energie')]);
    expect(await names('énergies')).toEqual([nameOf('energie')]);
    expect(await names('epicerie')).toEqual([nameOf('epicerie')]);
    expect(await names('EPINAL')).toEqual([nameOf('recyclerieName')]);
  });

  it('tolerates typos against the words of names and summaries ("recylcerie", "conservrie"), and missing accents', async () => {
    expect((await names('recylcerie'))[0]).toBe(nameOf('recyclerieName'));
    expect((await names('conservrie')).sort()).toEqual([nameOf('draftConserverie'), nameOf('conserverie')]);
    expect(await names('conservrie', reader)).toEqual([nameOf('conserverie')]);
    expect(await names('recylcerie epinal')).toEqual([nameOf('recyclerieName')]);
    expect(await names('cooperative funeraire')).toEqual([nameOf('funeraire')]);
  });

  it('multi-word queries need every word; quotes, "or" and -exclusion work as on the web', async () => {
    expect(await names('vélo solidaire')).toEqual([nameOf('recyclerieDescription')]);
    expect(await names('solidaire grand est')).toEqual([nameOf('recyclerieDescription')]);
    expect(await names('energie conserverie')).toEqual([]);
    expect((await names('energie or conserverie')).sort()).toEqual([nameOf('energie'), nameOf('conserverie'), nameOf('draftConserverie')].sort());
    expect(await names('recyclerie -velo')).toEqual([nameOf('recyclerieName'), nameOf('recyclerieSummary')]);
    expect(await names('"épicerie solidaire"')).toEqual([nameOf('epicerie')]);
  });

  it('matches the plurals the stemmer leaves alone ("vélo" finds "vélos")', async () => {
    expect(await names('velo')).toEqual([nameOf('recyclerieDescription')]);
    expect(await names('voiture')).toEqual([nameOf('garage')]);
  });

  it('returns nothing, not an error, for stop words only or punctuation', async () => {
    expect(await names('de la du et pour')).toEqual([]);
    expect(await names('!!! ---')).toEqual([]);
  });
});

describe('library search: visibility, sort and pagination', () => {
  it('shows curators drafts (archives on demand), and readers published records only', async () => {
    expect(await names('conserverie')).toEqual(expect.arrayContaining([nameOf('conserverie'), nameOf('draftConserverie')]));
    expect(await names('conserverie', reader)).toEqual([nameOf('conserverie')]);
    expect(await names('recyclerie', curator, { filter: { statuses: ['ARCHIVED'] } })).toEqual([nameOf('archivedRecyclerie')]);
    expect(await names('recyclerie', reader, { filter: { statuses: ['ARCHIVED', 'DRAFT'] } })).toEqual([]);
    expect(await names(null, reader)).toHaveLength(FIXTURES.length - 2);
  });

  it('sorts by recency on demand, and without a query', async () => {
    const published = FIXTURES.filter((x) => !x.status).map((x) => x.fields.name as string).reverse();
    expect(await names(null, reader)).toEqual(published);
    expect(await names('recyclerie', reader, { sort: 'RECENT' })).toEqual([nameOf('recyclerieDescription'), nameOf('recyclerieSummary'), nameOf('recyclerieName')]);
  });

  it('walks every page of a relevance search exactly once, and rejects foreign cursors', async () => {
    for (const sort of ['RELEVANCE', 'RECENT']) {
      const all = await names('solidaire or recyclerie or energie', curator, { sort });
      const seen: string[] = [];
      let after: string | null = null;
      for (let page = 0; page < 10; page++) {
        const res: any = await app.gql(SEARCH, { f: f.gid, q: 'solidaire or recyclerie or energie', first: 2, after, sort }, curator);
        const c = res.data.initiatives;
        expect(c.totalCount).toBe(all.length);
        expect(c.pageInfo.hasPreviousPage).toBe(after !== null);
        seen.push(...c.edges.map((e: { node: { name: string } }) => e.node.name));
        if (!c.pageInfo.hasNextPage) break;
        after = c.pageInfo.endCursor;
      }
      expect(seen).toEqual(all);
      expect(all.length).toBeGreaterThan(5);
    }
    const relevance: any = await app.gql(SEARCH, { f: f.gid, q: 'recyclerie', first: 1 }, curator);
    const cursor = relevance.data.initiatives.pageInfo.endCursor;
    expect(codes(await app.gql(SEARCH, { f: f.gid, q: 'recyclerie', first: 1, after: cursor, sort: 'RECENT' }, curator))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await app.gql(SEARCH, { f: f.gid, q: 'recyclerie', after: 'nope' }, curator))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await app.gql(SEARCH, { f: f.gid, q: 'recyclerie', first: 101 }, curator))).toEqual(['BAD_USER_INPUT']);
  });
});

describe('library search: filters and facets', () => {
  it('counts facets over the matches the viewer may see', async () => {
    const res = await app.gql(FACETS, { f: f.gid, q: 'solidaire' }, reader);
    expect(res.errors).toBeUndefined();
    const c = res.data!.initiatives;
    // Published records with "solidaire": Atelier Vélo Solidaire, Conserverie solidaire, Épicerie solidaire, Garage solidaire.
    expect(c.totalCount).toBe(4);
    expect(c.facets.legalForms).toEqual([
      { legalForm: 'ASSOCIATION', count: 2 },
      { legalForm: 'ENTREPRISE_INSERTION', count: 1 },
      { legalForm: 'SCOP', count: 1 },
    ]);
    expect(c.facets.regions).toEqual([
      { region: 'Grand Est', count: 1 },
      { region: 'Hauts-de-France', count: 1 },
      { region: 'Nouvelle-Aquitaine', count: 1 },
      { region: 'Occitanie', count: 1 },
    ]);
    expect(c.facets.themes).toEqual([
      { theme: { slug: 'alimentation-durable' }, count: 2 },
      { theme: { slug: 'mobilites-douces' }, count: 2 },
    ]);
    expect(c.facets.replicationModes).toEqual([
      { replicationMode: 'SOCIAL_FRANCHISE', count: 2 },
      { replicationMode: 'FREE_INSPIRATION', count: 1 },
      { replicationMode: 'NETWORK_MEMBERSHIP', count: 1 },
    ]);
    expect(c.facets.statuses).toEqual([{ status: 'PUBLISHED', count: 4 }]);
  });

  it('filters (OR within a facet, AND across) and counts each facet without its own condition', async () => {
    const res = await app.gql(FACETS, { f: f.gid, q: null, filter: { legalForms: ['ASSOCIATION'], regions: ['Grand Est', 'Occitanie'] } }, curator);
    const c = res.data!.initiatives;
    expect(c.totalCount).toBe(2); // Recyclerie des Trois Rivières, Atelier Vélo Solidaire
    // Legal forms of the Grand Est and Occitanie records (the legal-form condition left out).
    expect(c.facets.legalForms).toEqual([
      { legalForm: 'ASSOCIATION', count: 2 },
      { legalForm: 'ENTREPRISE_INSERTION', count: 1 },
      { legalForm: 'SCIC', count: 1 },
    ]);
    // Régions of the associations (the région condition left out); the archived one is not counted.
    expect(c.facets.regions).toEqual([
      { region: 'Grand Est', count: 2 },
      { region: 'Hauts-de-France', count: 2 },
    ]);
    // Curators see every status in the status facet, archived included, though the default filter leaves it out.
    const all = await app.gql(FACETS, { f: f.gid, q: 'recyclerie' }, curator);
    expect(all.data!.initiatives.facets.statuses).toEqual([
      { status: 'PUBLISHED', count: 3 },
      { status: 'ARCHIVED', count: 1 },
    ]);
    expect(all.data!.initiatives.totalCount).toBe(3);
    const themed = await names(null, curator, { filter: { themeIds: [await fx.themeId(app, 'energies-citoyennes'), await fx.themeId(app, 'lien-social')] } });
    expect(themed.sort()).toEqual([nameOf('energie'), nameOf('funeraire')].sort());
  });
});

describe('library search: counts kept by the database', () => {
  it('keeps browsing counts exact through creates, edits, theme changes, archiving, merges and imports', async () => {
    const g = await fx.factory(app);
    const token = await fx.facilitatorToken(app, g.id);
    const make = async (fields: Record<string, unknown>, publish = true) =>
      (await app.gql(CREATE, { input: { factoryId: g.gid, publish, fields: { sources: source, ...fields } } }, token)).data!.createInitiative.initiative.id as string;
    const theme = (slug: string) => fx.themeId(app, slug);
    const a = await make({ name: 'Alpha', legalForm: 'SCIC', place: { region: 'Grand Est' }, themeIds: [await theme('habitat'), await theme('culture')] });
    const b = await make({ name: 'Bêta', legalForm: 'SCOP', place: { region: 'Bretagne' }, themeIds: [await theme('culture')], transferability: { replicationMode: 'LICENCE' } }, false);
    const c = await make({ name: 'Gamma', place: { region: 'Bretagne' } });
    const UPDATE = `mutation ($input: UpdateInitiativeInput!) { updateInitiative(input: $input) { initiative { id } } }`;
    // Each change must apply: the counts below are checked against the rows, whatever they hold.
    const ok = async (res: Promise<{ errors?: unknown; data?: Record<string, any> | null }>) => {
      const done = await res;
      expect(done.errors).toBeUndefined();
      return done.data!;
    };
    await ok(app.gql(UPDATE, { input: { id: a, fields: { legalForm: 'ASSOCIATION', themeIds: [await theme('numerique')] } } }, token));
    await ok(app.gql(UPDATE, { input: { id: b, fields: { place: { region: 'Occitanie' } } } }, token));
    await ok(app.gql(`mutation ($id: ID!) { archiveInitiative(id: $id) { id } }`, { id: c }, token));
    await ok(app.gql(`mutation ($s: ID!, $m: ID!) { mergeInitiatives(survivorId: $s, mergedId: $m) { id } }`, { s: a, m: b }, token));
    const imported = await ok(
      app.gql(
        `mutation ($input: ImportInitiativesInput!) { importInitiatives(input: $input) { applied } }`,
        { input: { factoryId: g.gid, format: 'CSV', dryRun: false, content: 'name,region,legalForm,themes,replicationMode\nDelta,Bretagne,SCIC,culture | habitat,BRANCH\nEpsilon,,,,\nAlpha,Normandie,SCOP,,' } },
        token,
      ),
    );
    expect(imported.importInitiatives.applied).toBe(true);

    // Every combination of filters the count table answers, against counting the records themselves.
    const truth = async (filter: { statuses: string[]; legalForms?: string[]; regions?: string[] }) => {
      const rows = await app.sql<{ status: string; legal_form: string | null; replication_mode: string | null; region: string; theme_ids: string[] }>(
        `select status, legal_form, replication_mode, region, theme_ids::text[] from initiative where factory_id = $1 and merged_into_id is null`,
        [g.id],
      );
      const ok = (r: (typeof rows)[number], but: string) =>
        (but === 'st' || filter.statuses.includes(r.status)) &&
        (but === 'lf' || !filter.legalForms || filter.legalForms.includes(r.legal_form ?? '')) &&
        (but === 'rg' || !filter.regions || filter.regions.includes(r.region));
      const tally = (but: string, key: (r: (typeof rows)[number]) => (string | null)[]) => {
        const m = new Map<string, number>();
        for (const r of rows.filter((x) => ok(x, but))) for (const k of key(r)) if (k) m.set(k, (m.get(k) ?? 0) + 1);
        return Object.fromEntries([...m].sort());
      };
      return {
        total: rows.filter((r) => ok(r, '')).length,
        statuses: tally('st', (r) => [r.status]),
        legalForms: tally('lf', (r) => [r.legal_form]),
        regions: tally('rg', (r) => [r.region]),
        modes: tally('', (r) => [r.replication_mode]),
        themes: tally('', (r) => r.theme_ids),
      };
    };
    const slugs = Object.fromEntries((await app.sql<{ id: string; slug: string }>('select id, slug from theme')).map((t) => [t.slug, t.id]));
    const actual = async (filter: Record<string, unknown>) => {
      const res = await app.gql(FACETS, { f: g.gid, q: null, filter }, token);
      expect(res.errors).toBeUndefined();
      const { totalCount, facets } = res.data!.initiatives;
      type Count = { count: number; status: string; legalForm: string; region: string; replicationMode: string; theme: { slug: string } };
      const obj = (list: Count[], key: (x: Count) => string) => Object.fromEntries(list.map((x) => [key(x), x.count]).sort());
      return {
        total: totalCount,
        statuses: obj(facets.statuses, (x) => x.status),
        legalForms: obj(facets.legalForms, (x) => x.legalForm),
        regions: obj(facets.regions, (x) => x.region),
        modes: obj(facets.replicationModes, (x) => x.replicationMode),
        themes: obj(facets.themes, (x) => slugs[x.theme.slug]!),
      };
    };
    for (const filter of [
      { statuses: ['DRAFT', 'PUBLISHED'] },
      { statuses: ['PUBLISHED', 'ARCHIVED', 'DRAFT'] },
      { statuses: ['DRAFT', 'PUBLISHED'], legalForms: ['SCIC', 'SCOP'] },
      { statuses: ['DRAFT', 'PUBLISHED'], regions: ['Bretagne'] },
    ]) {
      const expected = await truth(filter);
      // Modes and themes are checked without a legal form or région filter (the truth above ignores those for them).
      const got = await actual(filter);
      expect({ ...got, modes: filter.legalForms || filter.regions ? {} : got.modes, themes: filter.legalForms || filter.regions ? {} : got.themes }).toEqual({
        ...expected,
        modes: filter.legalForms || filter.regions ? {} : expected.modes,
        themes: filter.legalForms || filter.regions ? {} : expected.themes,
      });
    }
    expect((await app.sql<{ n: number }>('select count(*)::int as n from library_facet_count where factory_id = $1 and n < 0', [g.id]))[0]!.n).toBe(0);

    // The narrow table text searches read holds exactly the unmerged records, with their current values.
    const mirror = (table: string, where: string) =>
      app.sql(`select id, status, legal_form, replication_mode, region, theme_ids::text[], search::text from ${table} where factory_id = $1 ${where} order by id`, [g.id]);
    const narrow = await mirror('initiative_search', '');
    expect(narrow).toEqual(await mirror('initiative', 'and merged_into_id is null'));
    expect(narrow.map((r) => r.id)).not.toContain(b);
    expect(narrow).toHaveLength(4); // Alpha (updated by the import), Gamma, Delta, Epsilon
  });
});

describe('library search: broad queries in a large library', () => {
  // 4,000 records named "Recyclerie …": 1/4 SCIC, 3/4 ASSOCIATION; 1/5 in Bretagne; every 8th a DRAFT.
  // Their ids (hence the sample byte, the uuid's last byte) are fixed hashes, so the estimates are the
  // same on every run: the ±20 % bounds below test the scaling, not the luck of a random draw.
  let g: Awaited<ReturnType<typeof fx.factory>>;
  let token: string;
  beforeAll(async () => {
    g = await fx.factory(app);
    token = await fx.facilitatorToken(app, g.id);
    await app.sql(
      `insert into initiative (id, created_at, updated_at, factory_id, name, summary, region, legal_form, sources, status)
       select md5('broad-' || n)::uuid, now() - n * interval '1 minute', now(), $1, 'Recyclerie numéro ' || n, 'Collecte et réemploi',
         case when n % 5 = 0 then 'Bretagne' else 'Grand Est' end,
         (case when n % 4 = 0 then 'SCIC' else 'ASSOCIATION' end)::legal_form,
         '[{"url": "https://example.org/r", "title": "Fiche"}]'::jsonb,
         (case when n % 8 = 0 then 'DRAFT' else 'PUBLISHED' end)::initiative_status
       from generate_series(1, 4000) n`,
      [g.id],
    );
  });

  const facets = async (q: string) => {
    const res = await app.gql(`query ($f: ID!, $q: String) { initiatives(factoryId: $f, query: $q, first: 3) {
      totalCount edges { node { name } } facets { approximate regions { region count } legalForms { legalForm count } statuses { status count } } } }`, { f: g.gid, q }, token);
    expect(res.errors).toBeUndefined();
    const { totalCount, edges, facets: fc } = res.data!.initiatives;
    const by = (list: { count: number }[], key: string) => Object.fromEntries(list.map((x) => [(x as Record<string, unknown>)[key], x.count]));
    return { totalCount, page: edges.length, approximate: fc.approximate, regions: by(fc.regions, 'region'), legalForms: by(fc.legalForms, 'legalForm'), statuses: by(fc.statuses, 'status') };
  };
  const near = (got: number, truth: number) => expect(Math.abs(got - truth), `${got} vs ${truth}`).toBeLessThanOrEqual(truth * 0.2);

  it('estimates facet counts from a sample above 3,000 matches, with an exact total', async () => {
    const r = await facets('recyclerie');
    expect(r.totalCount).toBe(4000);
    expect(r.page).toBe(3);
    expect(r.approximate).toBe(true);
    near(r.regions['Bretagne']!, 800);
    near(r.regions['Grand Est']!, 3200);
    near(r.legalForms['SCIC']!, 1000);
    near(r.legalForms['ASSOCIATION']!, 3000);
    near(r.statuses['DRAFT']!, 500);
    near(r.statuses['PUBLISHED']!, 3500);
  });

  it('counts exactly at or below 3,000 matches', async () => {
    const r = await facets('recyclerie bretagne');
    expect(r).toEqual({ totalCount: 800, page: 3, approximate: false, regions: { Bretagne: 800 }, legalForms: { SCIC: 200, ASSOCIATION: 600 }, statuses: { DRAFT: 100, PUBLISHED: 700 } });
  });
});

