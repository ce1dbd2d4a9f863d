/** The assignment search's filters as kept in the URL, and the API query they stand for. */
import type { AssignmentSearchQuery } from '../api/queries';
import type { AssignmentKind, Sector } from './catalogue';

export const SEARCH_FILTERS = ['q', 'sector', 'kind', 'remote', 'startBefore'] as const;

/** The search request for the URL's filters; an empty filter is left out. */
export function searchQueryOf(
  params: URLSearchParams,
  page: number,
  pageSize: number,
): AssignmentSearchQuery {
  const get = (k: (typeof SEARCH_FILTERS)[number]) => params.get(k) || undefined;
  return {
    q: get('q'),
    sector: get('sector') as Sector | undefined,
    kind: get('kind') as AssignmentKind | undefined,
    remote: get('remote') === 'true' ? true : undefined,
    startBefore: get('startBefore'),
    page,
    pageSize,
  };
}

export type SearchFilters = Record<(typeof SEARCH_FILTERS)[number], string>;

/** The filters as the URL holds them, empty where absent. */
export function filtersOf(params: URLSearchParams): SearchFilters {
  return Object.fromEntries(SEARCH_FILTERS.map((f) => [f, params.get(f) ?? ''])) as SearchFilters;
}

/** The URL for the chosen filters: empty ones left out, back on the first page. */
export function paramsOf(filters: SearchFilters): URLSearchParams {
  const next = new URLSearchParams();
  for (const f of SEARCH_FILTERS) if (filters[f]) next.set(f, filters[f]);
  return next;
}
