import { keepPreviousData, queryOptions, useQueries, useQuery } from '@tanstack/react-query';
import { api, call } from '../client';
import type { Schemas } from '../client';
import type { paths } from '../schema';
import { queryKeys } from './keys';

type Assignment = Schemas['AssignmentView'];
type Published = Schemas['PublishedAssignmentView'];

/**
 * One assignment by id. The API answers the organisation's full view to its members and the
 * published view to an interim manager; the caller's side of the app knows which it gets.
 */
function fetchAssignment(id: string) {
  return call(api.GET('/api/v1/assignments/{id}', { params: { path: { id } } }));
}

/** An assignment as its organisation sees it. */
function assignmentQuery(id: string) {
  return queryOptions({
    queryKey: queryKeys.assignment(id),
    queryFn: () => fetchAssignment(id) as Promise<Assignment>,
  });
}

export function useAssignment(id: string | undefined) {
  return useQuery({ ...assignmentQuery(id ?? ''), enabled: Boolean(id) });
}

/** An assignment as an interim manager sees it. */
export function usePublishedAssignment(id: string) {
  return useQuery({
    queryKey: queryKeys.assignment(id),
    queryFn: () => fetchAssignment(id) as Promise<Published>,
  });
}

/** The organisation's assignments (first 100), for the dashboard and the procurement desk. */
export function useOrganisationAssignments(organisationId: string | undefined) {
  return useQuery({
    queryKey: queryKeys.assignments.ofOrganisation(organisationId),
    queryFn: () =>
      call(
        api.GET('/api/v1/assignments', {
          params: { query: { organisationId: organisationId!, pageSize: 100 } },
        }),
      ),
    enabled: Boolean(organisationId),
  });
}

function fetchResponses(assignmentId: string) {
  return call(
    api.GET('/api/v1/assignments/{id}/responses', {
      params: { path: { id: assignmentId }, query: { pageSize: 100 } },
    }),
  );
}

function responsesQuery(assignmentId: string) {
  return queryOptions({
    queryKey: queryKeys.responses(assignmentId),
    queryFn: () => fetchResponses(assignmentId),
  });
}

/** An assignment's responses (first 100), for its hiring team. */
export function useAssignmentResponses(assignmentId: string, enabled = true) {
  return useQuery({ ...responsesQuery(assignmentId), enabled });
}

/** The responses of several assignments at once, in the order of the ids. */
export function useResponsesOfAssignments(assignmentIds: string[]) {
  return useQueries({ queries: assignmentIds.map(responsesQuery) });
}

/** The selected responses of several assignments at once, in the order of the ids. */
export function useSelectedResponsesOf(assignmentIds: string[]) {
  return useQueries({
    queries: assignmentIds.map((id) => ({
      queryKey: queryKeys.selectedResponses(id),
      queryFn: () =>
        call(
          api.GET('/api/v1/assignments/{id}/responses', {
            params: { path: { id }, query: { status: 'selected', pageSize: 10 } },
          }),
        ),
    })),
  });
}

export type AssignmentSearchQuery = NonNullable<
  paths['/api/v1/assignments/search']['get']['parameters']['query']
>;

/**
 * Published assignments matching the search; `key` identifies the filters (the URL's query
 * string), and the previous page stays on screen while the next one loads.
 */
export function useAssignmentSearch(key: string, query: AssignmentSearchQuery) {
  return useQuery({
    queryKey: queryKeys.assignmentSearch(key),
    queryFn: () => call(api.GET('/api/v1/assignments/search', { params: { query } })),
    placeholderData: keepPreviousData,
  });
}

/** Several assignments at once, in the order of the ids (names for contract drafts). */
export function useAssignmentsByIds(ids: string[]) {
  return useQueries({
    queries: ids.map((id) => ({ ...assignmentQuery(id), staleTime: 60_000 })),
  });
}
