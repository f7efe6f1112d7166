/**
 * A search as it stands in the address bar, so a lecturer can hand out the link
 * (/search/?q=三会一课&place=阳江) and back/forward step through searches.
 */
export const FILTER_KEYS = ['type', 'theme', 'place', 'genre', 'level'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type Filters = Partial<Record<FilterKey, string>>;

export interface SearchState {
  q: string;
  filters: Filters;
}

export function readState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: Filters = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key)?.trim();
    if (value) filters[key] = value;
  }
  return { q: params.get('q')?.trim() ?? '', filters };
}

/** `?q=…&type=…`, keys in a fixed order and empty values left out, so equal searches have equal URLs. */
export function writeState({ q, filters }: SearchState): string {
  const params = new URLSearchParams();
  if (q.trim()) params.set('q', q.trim());
  for (const key of FILTER_KEYS) if (filters[key]) params.set(key, filters[key]!);
  const s = params.toString();
  return s ? `?${s}` : '';
}

export const activeFilters = (filters: Filters): number => FILTER_KEYS.filter((k) => filters[k]).length;
