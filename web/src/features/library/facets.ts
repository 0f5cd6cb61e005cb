import type { LibrarySearchQuery } from '../../gql/graphql';
import { FACET_KEYS, type FacetKey, type LibrarySearch } from './searchParams';

export type Facets = LibrarySearchQuery['initiatives']['facets'];

export interface FacetOption {
  /** The value as the URL holds it (theme slug, région name, enum value). */
  value: string;
  label: string;
  count: number;
  selected: boolean;
}

export interface FacetGroup {
  key: FacetKey;
  options: FacetOption[];
}

/** How a value is shown: a theme in the viewer's language, an enum by its translation. */
export type FacetLabel = (key: FacetKey, value: string) => string;

function countsOf(facets: Facets, key: FacetKey, themeLabel: (slug: string) => string | undefined): { value: string; count: number; label?: string | undefined }[] {
  switch (key) {
    case 'themes':
      return facets.themes.map((c) => ({ value: c.theme.slug, count: c.count, label: themeLabel(c.theme.slug) }));
    case 'regions':
      return facets.regions.map((c) => ({ value: c.region, count: c.count }));
    case 'legalForms':
      return facets.legalForms.map((c) => ({ value: c.legalForm, count: c.count }));
    case 'replicationModes':
      return facets.replicationModes.map((c) => ({ value: c.replicationMode, count: c.count }));
    case 'statuses':
      return facets.statuses.map((c) => ({ value: c.status, count: c.count }));
  }
}

/**
 * The facets of a result as lists of options: most frequent first, then by label; values the
 * search selects stay listed (with a zero count) so that they can be unselected.
 */
export function facetGroups(facets: Facets, search: LibrarySearch, label: FacetLabel, locale: string): FacetGroup[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  const themeLabels = new Map(facets.themes.map((c) => [c.theme.slug, label('themes', c.theme.slug)]));
  return FACET_KEYS.map((key) => {
    const selected = search[key] as readonly string[];
    const counted = countsOf(facets, key, (slug) => themeLabels.get(slug));
    const options: FacetOption[] = counted.map((c) => ({ value: c.value, count: c.count, label: c.label ?? label(key, c.value), selected: selected.includes(c.value) }));
    for (const value of selected) {
      if (!options.some((o) => o.value === value)) options.push({ value, count: 0, label: label(key, value), selected: true });
    }
    options.sort((a, b) => b.count - a.count || collator.compare(a.label, b.label));
    return { key, options };
  }).filter((group) => group.options.length > 0);
}

/** A number as people read it in their language ("1 234" in French, "1,234" in English). */
export function formatCount(count: number, locale: string): string {
  return new Intl.NumberFormat(locale).format(count);
}
