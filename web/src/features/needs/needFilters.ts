import type { NeedFilter, NeedStatus } from '../../gql/graphql';

export const NEED_STATUSES: readonly NeedStatus[] = ['OPEN', 'IN_PROGRESS', 'ADDRESSED', 'ARCHIVED'];
/** Status filter choices: '' is the API's default (all but archived), ALL includes archived needs. */
export const STATUS_CHOICES = ['', 'OPEN', 'IN_PROGRESS', 'ADDRESSED', 'ARCHIVED', 'ALL'] as const;
export type StatusChoice = (typeof STATUS_CHOICES)[number];

/** The needs board's filters, as kept in the page address (shareable, survives a reload). */
export interface NeedFilters {
  theme: string;
  territory: string;
  status: StatusChoice;
  words: string;
}

const PARAMS = { theme: 'theme', territory: 'territoire', status: 'statut', words: 'q' } as const;

export function readFilters(params: URLSearchParams): NeedFilters {
  const status = params.get(PARAMS.status) ?? '';
  return {
    theme: params.get(PARAMS.theme) ?? '',
    territory: params.get(PARAMS.territory) ?? '',
    status: (STATUS_CHOICES as readonly string[]).includes(status) ? (status as StatusChoice) : '',
    words: params.get(PARAMS.words) ?? '',
  };
}

/** Writes the filters into a copy of the address parameters (other parameters kept, empty ones removed). */
export function writeFilters(params: URLSearchParams, filters: NeedFilters): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const key of Object.keys(PARAMS) as (keyof NeedFilters)[]) {
    const value = filters[key].trim();
    if (value) next.set(PARAMS[key], value);
    else next.delete(PARAMS[key]);
  }
  return next;
}

/** The API filter for these choices. */
export function toNeedFilter(filters: NeedFilters): NeedFilter {
  const filter: NeedFilter = {};
  if (filters.theme) filter.themeIds = [filters.theme];
  if (filters.territory) filter.territoryIds = [filters.territory];
  if (filters.status === 'ALL') filter.statuses = [...NEED_STATUSES];
  else if (filters.status) filter.statuses = [filters.status];
  const words = filters.words.trim();
  if (words) filter.search = words;
  return filter;
}

/** Whether a need (say, just archived) still belongs in the list shown with these filters. */
export function statusShown(status: NeedStatus, choice: StatusChoice): boolean {
  if (choice === 'ALL') return true;
  if (choice === '') return status !== 'ARCHIVED';
  return status === choice;
}
