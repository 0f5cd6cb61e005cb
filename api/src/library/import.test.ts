import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, startTestApp, type TestApp } from '../../test/harness.js';
import * as fx from '../../test/fixtures.js';
import { parseCsv } from './import.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

const IMPORT = `mutation ($input: ImportInitiativesInput!) {
  importInitiatives(input: $input) { dryRun applied created updated rejected rows { line name action initiativeId reasons warnings } }
}`;
const EXPORT = `query ($f: ID!, $format: LibraryFileFormat!, $q: String) { exportInitiatives(factoryId: $f, format: $format, query: $q) { format filename contentType content count truncated } }`;
const CREATE = `mutation ($input: CreateInitiativeInput!) { createInitiative(input: $input) { initiative { id } } }`;

type Factory = Awaited<ReturnType<typeof fx.factory>>;

async function existing(f: Factory, token: string) {
  const res = await app.gql(
    CREATE,
    { input: { factoryId: f.gid, publish: true, fields: { name: 'Recyclerie du Plateau', summary: 'Ancien résumé', place: { town: 'Nancy' }, sources: [{ url: 'https://example.org/r', title: 'R' }] } } },
    token,
  );
  return res.data!.createInitiative.initiative.id as string;
}

const count = async (f: Factory) => Number((await app.sql<{ n: string }>('select count(*) as n from initiative where factory_id = $1', [f.id]))[0]!.n);

// Semicolons (French spreadsheets), quotes, a cell on two lines; rows 2–4 are valid, 5–10 are not.
const MIXED = [
  'name;summary;town;region;themes;legalForm;replicationMode;jobsCount;sourceUrls;sourceTitles;status',
  '"Conserverie ""Les Bocaux""";"Bocaux de légumes; invendus";Toul;Grand Est;alimentation-durable;SCOP;social franchise;5;https://example.org/c;Article;PUBLISHED',
  'recyclerie du plateau;"Nouveau résumé,\nsur deux lignes";NANCY;Grand Est;Économie circulaire | insertion-et-emploi;association;;;https://example.org/r2;;PUBLISHED',
  'Atelier vélo;;Metz;Grand Est;;;;;;;DRAFT',
  'Sans source publiée;;Metz;;;;;;;;PUBLISHED',
  'Mauvais thème;;Metz;;jardinage;;;;https://example.org/x;x;',
  'Mauvaise forme;;Metz;;;SARL;;douze;https://example.org/x;x;',
  'Mauvaise URL;;Metz;;;;;;javascript:alert(1);x;',
  'Atelier vélo;;Metz;;;;;;;;',
  ';résumé sans nom;;;;;;;;;',
].join('\r\n');

describe('library import', () => {
  it('dry run: reports every row (create, update, reject with reasons) and writes nothing', async () => {
    const f = await fx.factory(app);
    const token = await fx.facilitatorToken(app, f.id);
    const old = await existing(f, token);
    const res = await app.gql(IMPORT, { input: { factoryId: f.gid, format: 'CSV', content: MIXED, dryRun: true } }, token);
    expect(res.errors).toBeUndefined();
    const report = res.data!.importInitiatives;
    expect(report).toMatchObject({ dryRun: true, applied: false, created: 2, updated: 1, rejected: 6 });
    expect(report.rows).toEqual([
      { line: 2, name: 'Conserverie "Les Bocaux"', action: 'CREATE', initiativeId: null, reasons: [], warnings: [] },
      { line: 3, name: 'recyclerie du plateau', action: 'UPDATE', initiativeId: old, reasons: [], warnings: [] },
      { line: 5, name: 'Atelier vélo', action: 'CREATE', initiativeId: null, reasons: [], warnings: [] },
      { line: 6, name: 'Sans source publiée', action: 'REJECT', initiativeId: null, reasons: ['sourceUrls: a published record needs at least one source'], warnings: [] },
      { line: 7, name: 'Mauvais thème', action: 'REJECT', initiativeId: null, reasons: ['themes: unknown theme "jardinage"'], warnings: [] },
      {
        line: 8,
        name: 'Mauvaise forme',
        action: 'REJECT',
        initiativeId: null,
        reasons: ['jobsCount: must be a whole number', `legalForm: "SARL" is not one of ASSOCIATION, SCIC, SCOP, SAS_ESUS, ENTREPRISE_INSERTION, REGIE_DE_QUARTIER, COLLECTIVITE, OTHER`],
        warnings: [],
      },
      { line: 9, name: 'Mauvaise URL', action: 'REJECT', initiativeId: null, reasons: ['source 1 url: must be an http(s) address'], warnings: [] },
      { line: 10, name: 'Atelier vélo', action: 'REJECT', initiativeId: null, reasons: ['the same record as line 5'], warnings: [] },
      { line: 11, name: '', action: 'REJECT', initiativeId: null, reasons: ['name: is required'], warnings: [] },
    ]);
    expect(await count(f)).toBe(1);
    expect((await app.sql<{ summary: string }>('select summary from initiative where factory_id = $1', [f.id]))[0]!.summary).toBe('Ancien résumé');
  });

  it('real import with bad rows: all or nothing, nothing is written', async () => {
    const f = await fx.factory(app);
    const token = await fx.facilitatorToken(app, f.id);
    await existing(f, token);
    const res = await app.gql(IMPORT, { input: { factoryId: f.gid, format: 'CSV', content: MIXED, dryRun: false } }, token);
    expect(res.data!.importInitiatives).toMatchObject({ dryRun: false, applied: false, created: 2, updated: 1, rejected: 6 });
    expect(await count(f)).toBe(1);
    expect(await app.sql('select 1 from initiative_change c join initiative i on i.id = c.initiative_id where i.factory_id = $1 and c.action = $2', [f.id, 'IMPORTED'])).toHaveLength(0);
  });

  it('real import of valid rows: creates and updates in one go, with an IMPORTED audit entry', async () => {
    const f = await fx.factory(app);
    const token = await fx.facilitatorToken(app, f.id);
    const old = await existing(f, token);
    const valid = MIXED.split('\r\n').slice(0, 4).join('\r\n');
    const res = await app.gql(IMPORT, { input: { factoryId: f.gid, format: 'CSV', content: valid, dryRun: false } }, token);
    const report = res.data!.importInitiatives;
    expect(report).toMatchObject({ applied: true, created: 2, updated: 1, rejected: 0 });
    expect(report.rows[1].initiativeId).toBe(old);
    expect(report.rows[0].initiativeId).toEqual(expect.any(String));
    const GET = `query ($id: ID!) { initiative(id: $id) { name summary status legalForm themes { slug } sources { url title } transferability { replicationMode } jobs { count } history { action changes { field } } } }`;
    const created = (await app.gql(GET, { id: report.rows[0].initiativeId }, token)).data!.initiative;
    expect(created).toMatchObject({
      name: 'Conserverie "Les Bocaux"',
      summary: 'Bocaux de légumes; invendus',
      status: 'PUBLISHED',
      legalForm: 'SCOP',
      themes: [{ slug: 'alimentation-durable' }],
      transferability: { replicationMode: 'SOCIAL_FRANCHISE' },
      jobs: { count: 5 },
      sources: [{ url: 'https://example.org/c', title: 'Article' }],
    });
    expect(created.history.map((h: { action: string }) => h.action)).toEqual(['IMPORTED']);
    const updated = (await app.gql(GET, { id: old }, token)).data!.initiative;
    expect(updated).toMatchObject({
      name: 'recyclerie du plateau',
      summary: 'Nouveau résumé,\nsur deux lignes',
      legalForm: 'ASSOCIATION',
      themes: [{ slug: 'economie-circulaire' }, { slug: 'insertion-et-emploi' }],
      sources: [{ url: 'https://example.org/r2', title: 'example.org' }],
    });
    expect(updated.history.at(-1)).toEqual({ action: 'IMPORTED', changes: expect.arrayContaining([{ field: 'summary' }, { field: 'themes' }, { field: 'sources' }]) });
    expect(await count(f)).toBe(3);
  });

  it('imports JSON, matching rows by id; refuses readers; reports an unreadable file', async () => {
    const f = await fx.factory(app);
    const token = await fx.facilitatorToken(app, f.id);
    const old = await existing(f, token);
    const content = JSON.stringify([
      { id: old, summary: 'Résumé par JSON', funders: ['Métropole'], sources: [{ url: 'https://example.org/j', title: 'JSON', consultedOn: '2026-11-01' }] },
      { name: 'Épicerie solidaire', themes: ['alimentation-durable'], preconditions: ['QPV'], minPopulation: 5000 },
      { id: 'not-an-id', name: 'Inconnue' },
    ]);
    const dry = await app.gql(IMPORT, { input: { factoryId: f.gid, format: 'JSON', content, dryRun: true } }, token);
    expect(dry.data!.importInitiatives.rows.map((r: { action: string; reasons: string[] }) => [r.action, r.reasons])).toEqual([
      ['UPDATE', []],
      ['CREATE', []],
      ['REJECT', ['id: no such record in this library']],
    ]);
    const ok = await app.gql(IMPORT, { input: { factoryId: f.gid, format: 'JSON', content: JSON.stringify(JSON.parse(content).slice(0, 2)), dryRun: false } }, token);
    expect(ok.data!.importInitiatives).toMatchObject({ applied: true, created: 1, updated: 1 });
    const after = await app.gql(`query ($id: ID!) { initiative(id: $id) { name summary funders sources { consultedOn } } }`, { id: old }, token);
    expect(after.data!.initiative).toEqual({ name: 'Recyclerie du Plateau', summary: 'Résumé par JSON', funders: ['Métropole'], sources: [{ consultedOn: '2026-11-01' }] });

    const bad = await app.gql(IMPORT, { input: { factoryId: f.gid, format: 'JSON', content: '{"oops"', dryRun: true } }, token);
    expect(bad.data!.importInitiatives.rows).toEqual([{ line: 1, name: '', action: 'REJECT', initiativeId: null, reasons: ['The file is not valid JSON.'], warnings: [] }]);
    const badHeader = await app.gql(IMPORT, { input: { factoryId: f.gid, format: 'CSV', content: 'nom,ville\nA,B', dryRun: true } }, token);
    expect(badHeader.data!.importInitiatives.rows[0].reasons[0]).toMatch(/^Unknown columns: nom, ville/);
    expect(codes(await app.gql(IMPORT, { input: { factoryId: f.gid, format: 'CSV', content: 'name\nA', dryRun: true } }, await fx.apiToken(app, f.id, ['read'])))).toEqual(['FORBIDDEN']);
  });

  it('warns about likely duplicates in a dry run', async () => {
    const f = await fx.factory(app);
    const token = await fx.facilitatorToken(app, f.id);
    await existing(f, token);
    const res = await app.gql(IMPORT, { input: { factoryId: f.gid, format: 'CSV', content: 'name,town\nLa Recyclerie du Plateau,Nancy', dryRun: true } }, token);
    expect(res.data!.importInitiatives.rows[0]).toMatchObject({ action: 'CREATE', warnings: ['likely duplicate of "Recyclerie du Plateau" (similar name, same town)'] });
  });
});

describe('library export', () => {
  it('exports CSV and JSON that import back as unchanged updates (formula-like CSV cells neutralised); readers export published records only', async () => {
    const f = await fx.factory(app);
    const token = await fx.facilitatorToken(app, f.id);
    await existing(f, token);
    const setup = await app.gql(
      IMPORT,
      {
        input: {
          factoryId: f.gid,
          format: 'JSON',
          dryRun: false,
          content: JSON.stringify([
            {
              name: 'Garage solidaire, "le bon"',
              description: 'Ligne 1\nLigne 2',
              town: 'Lunéville',
              latitude: 48.59,
              longitude: -1.55,
              themes: ['mobilites-douces'],
              legalForm: 'ENTREPRISE_INSERTION',
              revenueSources: ['Ventes', 'Aides au poste'],
              yearStarted: 2012,
              jobsCount: 12,
              jobsAsOf: '2025-06-30',
              funders: ['Département'],
              replicationMode: 'NETWORK_MEMBERSHIP',
              preconditions: ['RURAL'],
              transferable: 'La méthode',
              transferContact: '=HYPERLINK("https://example.org/x";"Sam")',
              sources: [{ url: 'https://example.org/g', title: 'Fiche', consultedOn: '2026-01-15' }, { url: 'https://example.org/h', title: 'Autre', consultedOn: null }],
              status: 'PUBLISHED',
            },
            { name: 'Brouillon de conserverie', town: 'Toul' },
          ]),
        },
      },
      token,
    );
    expect(setup.data!.importInitiatives.applied).toBe(true);
    for (const format of ['CSV', 'JSON']) {
      const res = await app.gql(EXPORT, { f: f.gid, format }, token);
      expect(res.errors).toBeUndefined();
      const file = res.data!.exportInitiatives;
      expect(file).toMatchObject({ format, count: 3, truncated: false, filename: expect.stringMatching(new RegExp(`^bibliotheque-${f.slug}-\\d{4}-\\d{2}-\\d{2}\\.${format.toLowerCase()}$`)) });
      const back = await app.gql(IMPORT, { input: { factoryId: f.gid, format, content: file.content, dryRun: false } }, token);
      expect(back.data!.importInitiatives).toMatchObject({ applied: true, created: 0, updated: 3, rejected: 0 });
    }
    // Re-importing unchanged exports added no audit entries.
    expect(await app.sql(`select 1 from initiative_change c join initiative i on i.id = c.initiative_id where i.factory_id = $1 and c.action = 'IMPORTED'`, [f.id])).toHaveLength(2);
    const csv = (await app.gql(EXPORT, { f: f.gid, format: 'CSV', q: 'garage' }, token)).data!.exportInitiatives;
    expect(csv.count).toBe(1);
    const { rows } = parseCsv(csv.content);
    const header = rows[0]!;
    const row = Object.fromEntries(header.map((h, i) => [h, rows[1]![i]]));
    expect(row).toMatchObject({
      name: 'Garage solidaire, "le bon"',
      description: 'Ligne 1\nLigne 2',
      themes: 'mobilites-douces',
      revenueSources: 'Ventes | Aides au poste',
      sourceUrls: 'https://example.org/g | https://example.org/h',
      sourceConsultedOn: '2026-01-15 | -',
      latitude: '48.59',
      // A spreadsheet would run "=HYPERLINK(…)": exported as text. Plain negative numbers stay numbers.
      longitude: '-1.55',
      transferContact: `'=HYPERLINK("https://example.org/x";"Sam")`,
      status: 'PUBLISHED',
    });
    const stored = await app.sql<{ transfer_contact: string }>(`select transfer_contact from initiative where factory_id = $1 and name like 'Garage%'`, [f.id]);
    expect(stored).toEqual([{ transfer_contact: '=HYPERLINK("https://example.org/x";"Sam")' }]);
    const reader = await fx.apiToken(app, f.id, ['read']);
    expect((await app.gql(EXPORT, { f: f.gid, format: 'JSON' }, reader)).data!.exportInitiatives.count).toBe(2);
  });
});
