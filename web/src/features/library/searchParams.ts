import type { InitiativeFilter, InitiativeSort, InitiativeStatus, LegalForm, ReplicationMode } from '../../gql/graphql';

/*
 * A library search as the address bar shows it, so that a search can be shared or bookmarked:
 * `/bibliotheque?q=recyclerie&theme=economie-circulaire&region=Grand+Est&tri=recent`.
 * Parameter names are French like the routes; themes by slug (readable), not by id.
 */

export const LEGAL_FORMS = ['ASSOCIATION', 'SCIC', 'SCOP', 'SAS_ESUS', 'ENTREPRISE_INSERTION', 'REGIE_DE_QUARTIER', 'COLLECTIVITE', 'OTHER'] as const satisfies readonly LegalForm[];
export const REPLICATION_MODES = ['BRANCH', 'SOCIAL_FRANCHISE', 'LICENCE', 'NETWORK_MEMBERSHIP', 'FREE_INSPIRATION'] as const satisfies readonly ReplicationMode[];
export const STATUSES = ['DRAFT', 'PUBLISHED', 'ARCHIVED'] as const satisfies readonly InitiativeStatus[];

export interface LibrarySearch {
  /** Slug of the factory whose library is searched; null: the viewer's first one. */
  factory: string | null;
  query: string;
  themes: string[];
  regions: string[];
  legalForms: LegalForm[];
  replicationModes: ReplicationMode[];
  statuses: InitiativeStatus[];
  sort: InitiativeSort;
}

/** The facets, each with its URL parameter. */
export const FACETS = {
  themes: 'theme',
  regions: 'region',
  legalForms: 'forme',
  replicationModes: 'essaimage',
  statuses: 'statut',
} as const;
export type FacetKey = keyof typeof FACETS;
export const FACET_KEYS = Object.keys(FACETS) as FacetKey[];

const SORT_PARAM = 'tri';
const RECENT = 'recent';

function values(params: URLSearchParams, name: string): string[] {
  const seen = new Set<string>();
  for (const raw of params.getAll(name)) {
    const value = raw.trim();
    if (value) seen.add(value);
  }
  return [...seen];
}

function known<T extends string>(list: readonly T[], raw: string[]): T[] {
  return raw.filter((v): v is T => (list as readonly string[]).includes(v));
}

export function parseSearch(params: URLSearchParams): LibrarySearch {
  return {
    factory: params.get('fabrique')?.trim() || null,
    query: (params.get('q') ?? '').trim(),
    themes: values(params, FACETS.themes),
    regions: values(params, FACETS.regions),
    legalForms: known(LEGAL_FORMS, values(params, FACETS.legalForms)),
    replicationModes: known(REPLICATION_MODES, values(params, FACETS.replicationModes)),
    statuses: known(STATUSES, values(params, FACETS.statuses)),
    sort: params.get(SORT_PARAM) === RECENT ? 'RECENT' : 'RELEVANCE',
  };
}

/** The URL parameters of a search, defaults left out, in a stable order. */
export function toSearchParams(search: LibrarySearch): URLSearchParams {
  const params = new URLSearchParams();
  if (search.factory) params.set('fabrique', search.factory);
  if (search.query.trim()) params.set('q', search.query.trim());
  for (const key of FACET_KEYS) for (const value of search[key]) params.append(FACETS[key], value);
  if (search.sort === 'RECENT') params.set(SORT_PARAM, RECENT);
  return params;
}

/** Adds or removes one value of a facet. */
export function toggleFacet(search: LibrarySearch, key: FacetKey, value: string): LibrarySearch {
  const current = search[key] as string[];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return { ...search, [key]: next };
}

export function clearFacets(search: LibrarySearch): LibrarySearch {
  return { ...search, themes: [], regions: [], legalForms: [], replicationModes: [], statuses: [] };
}

export function hasFacets(search: LibrarySearch): boolean {
  return FACET_KEYS.some((key) => search[key].length > 0);
}

/**
 * The API filter of a search; theme slugs become ids with `themeIdBySlug` (unknown slugs are
 * dropped). Null when nothing narrows the search.
 */
export function filterOf(search: LibrarySearch, themeIdBySlug: ReadonlyMap<string, string>): InitiativeFilter | null {
  const filter: InitiativeFilter = {};
  const themeIds = search.themes.map((slug) => themeIdBySlug.get(slug)).filter((id): id is string => Boolean(id));
  if (themeIds.length) filter.themeIds = themeIds;
  if (search.regions.length) filter.regions = search.regions;
  if (search.legalForms.length) filter.legalForms = search.legalForms;
  if (search.replicationModes.length) filter.replicationModes = search.replicationModes;
  if (search.statuses.length) filter.statuses = search.statuses;
  return Object.keys(filter).length ? filter : null;
}
