import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ SEED_DEMO: 'true' });
});
afterAll(() => app.stop());

describe('demo library', () => {
  it('is seeded with a few dozen sourced initiatives, searchable in French by the demo facilitator', async () => {
    const login = await app.gql(`mutation { login(input: { email: "demo@germoir.local", password: "germoir-demo" }) { token user { memberships { factory { id } } } } }`);
    const token = login.data!.login.token as string;
    const factoryId = login.data!.login.user.memberships[0].factory.id as string;
    const SEARCH = `query ($f: ID!, $q: String) { initiatives(factoryId: $f, query: $q, first: 100) { totalCount edges { node { name status sources { url } themes { slug } } } facets { regions { region count } } } }`;
    const all = await app.gql(SEARCH, { f: factoryId, q: null }, token);
    expect(all.errors).toBeUndefined();
    const records = all.data!.initiatives.edges.map((e: { node: unknown }) => e.node) as { name: string; status: string; sources: unknown[]; themes: unknown[] }[];
    expect(records.length).toBeGreaterThanOrEqual(24);
    for (const r of records) {
      expect(r.sources.length, r.name).toBeGreaterThan(0);
      expect(r.themes.length, r.name).toBeGreaterThan(0);
    }
    expect(all.data!.initiatives.facets.regions.length).toBeGreaterThanOrEqual(8);
    const names = async (q: string) => ((await app.gql(SEARCH, { f: factoryId, q }, token)).data!.initiatives.edges as { node: { name: string } }[]).map((e) => e.node.name);
    expect(await names('recycleries')).toEqual(expect.arrayContaining(['Recyclerie des Deux Rives', 'Recyclerie rurale de la Vallée']));
    expect((await names('conserverie'))[0]).toMatch(/^Conserverie/);
    expect(await names('cooperative funeraire')).toContain('Coopérative funéraire de l’Estuaire');
    expect(await names('energie citoyenne')).toContain('Énergie citoyenne du Pays de Nied');
    // Both Repair Cafés first (name), then the café associatif that hosts one (description).
    expect((await names('repair cafe')).slice(0, 2).sort()).toEqual(['Repair Café du Faubourg', 'Repair Café du Quartier Nord']);
    expect(await names('repair cafe')).toContain('Café associatif Le Comptoir');
    expect(await names('epicerie solidaire')).toContain('Épicerie solidaire La Passerelle');
    expect(await names('garage solidaire')).toEqual(['Garage solidaire du Lauragais']);
  });
});
