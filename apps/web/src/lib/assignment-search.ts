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
