import { describe, expect, it } from 'vitest';
import { clearFacets, filterOf, hasFacets, parseSearch, toggleFacet, toSearchParams } from './searchParams';

const parse = (query: string) => parseSearch(new URLSearchParams(query));

describe('library search in the URL', () => {
  it('reads the query, facets and sort, dropping unknown values and duplicates', () => {
    const search = parse('q=+recycleries+&theme=economie-circulaire&theme=economie-circulaire&region=Grand+Est&forme=SCIC&forme=SARL&essaimage=LICENCE&statut=DRAFT&tri=recent&fabrique=demo');
    expect(search).toEqual({
      factory: 'demo',
      query: 'recycleries',
      themes: ['economie-circulaire'],
      regions: ['Grand Est'],
      legalForms: ['SCIC'],
      replicationModes: ['LICENCE'],
      statuses: ['DRAFT'],
      sort: 'RECENT',
    });
  });

  it('defaults to everything, by relevance', () => {
    expect(parse('')).toEqual({ factory: null, query: '', themes: [], regions: [], legalForms: [], replicationModes: [], statuses: [], sort: 'RELEVANCE' });
    expect(parse('tri=n-importe-quoi').sort).toBe('RELEVANCE');
  });

  it('writes back the same search, defaults left out, accents and spaces encoded', () => {
    const query = 'fabrique=demo&q=%C3%A9nergie+citoyenne&theme=energies-citoyennes&region=Provence-Alpes-C%C3%B4te+d%E2%80%99Azur&tri=recent';
    expect(toSearchParams(parse(query)).toString()).toBe(query);
    expect(toSearchParams(parse('q=&tri=pertinence')).toString()).toBe('');
    const round = parse(toSearchParams(parse('q=a&statut=ARCHIVED&statut=DRAFT&essaimage=BRANCH')).toString());
    expect(round.statuses).toEqual(['ARCHIVED', 'DRAFT']);
    expect(round.replicationModes).toEqual(['BRANCH']);
  });

  it('toggles one facet value at a time and clears them all', () => {
    let search = parse('q=velo');
    search = toggleFacet(search, 'regions', 'Bretagne');
    search = toggleFacet(search, 'legalForms', 'SCOP');
    expect(search.regions).toEqual(['Bretagne']);
    expect(hasFacets(search)).toBe(true);
    search = toggleFacet(search, 'regions', 'Bretagne');
    expect(search.regions).toEqual([]);
    expect(hasFacets(clearFacets(search))).toBe(false);
    expect(clearFacets(search).query).toBe('velo');
  });

  it('turns theme slugs into ids for the API filter, and gives null when nothing narrows', () => {
    const ids = new Map([['economie-circulaire', 'VGhlbWU6MQ==']]);
    expect(filterOf(parse('theme=economie-circulaire&theme=inconnu&statut=PUBLISHED'), ids)).toEqual({ themeIds: ['VGhlbWU6MQ=='], statuses: ['PUBLISHED'] });
    expect(filterOf(parse('q=velo&theme=inconnu'), ids)).toBeNull();
  });
});
