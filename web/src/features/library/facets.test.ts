import { describe, expect, it } from 'vitest';
import { facetGroups, formatCount, type FacetLabel, type Facets } from './facets';
import { parseSearch } from './searchParams';

const theme = (slug: string, labelFr: string) => ({ __typename: 'Theme' as const, id: `T:${slug}`, slug, labelFr, labelEn: labelFr.toUpperCase() });

const facets: Facets = {
  __typename: 'InitiativeFacets',
  themes: [
    { __typename: 'ThemeCount', count: 3, theme: theme('lien-social', 'Lien social') },
    { __typename: 'ThemeCount', count: 12, theme: theme('economie-circulaire', 'Économie circulaire') },
    { __typename: 'ThemeCount', count: 3, theme: theme('alimentation-durable', 'Alimentation durable') },
  ],
  regions: [
    { __typename: 'RegionCount', region: 'Grand Est', count: 1234 },
    { __typename: 'RegionCount', region: 'Bretagne', count: 2 },
  ],
  legalForms: [{ __typename: 'LegalFormCount', legalForm: 'SCIC', count: 4 }],
  replicationModes: [],
  statuses: [{ __typename: 'StatusCount', status: 'PUBLISHED', count: 30 }],
};

const label: FacetLabel = (key, value) => (key === 'themes' ? (facets.themes.find((t) => t.theme.slug === value)?.theme.labelFr ?? value) : `${key}:${value}`);

describe('facet groups', () => {
  it('lists each facet most frequent first, ties by label in the viewer’s language, and skips empty facets', () => {
    const groups = facetGroups(facets, parseSearch(new URLSearchParams('')), label, 'fr');
    expect(groups.map((g) => g.key)).toEqual(['themes', 'regions', 'legalForms', 'statuses']);
    expect(groups[0]!.options.map((o) => [o.label, o.count])).toEqual([
      ['Économie circulaire', 12],
      ['Alimentation durable', 3],
      ['Lien social', 3],
    ]);
    expect(groups[1]!.options[0]).toEqual({ value: 'Grand Est', label: 'regions:Grand Est', count: 1234, selected: false });
  });

  it('marks selected values, and keeps a selected value the result no longer counts', () => {
    const search = parseSearch(new URLSearchParams('region=Bretagne&essaimage=LICENCE'));
    const groups = facetGroups(facets, search, label, 'fr');
    expect(groups.find((g) => g.key === 'regions')!.options.find((o) => o.value === 'Bretagne')!.selected).toBe(true);
    expect(groups.find((g) => g.key === 'replicationModes')!.options).toEqual([{ value: 'LICENCE', label: 'replicationModes:LICENCE', count: 0, selected: true }]);
  });

  it('formats counts the way each language writes numbers', () => {
    expect(formatCount(1234, 'fr')).toBe('1\u202f234');
    expect(formatCount(1234, 'en')).toBe('1,234');
  });
});
