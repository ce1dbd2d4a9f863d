import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, call } from '../client';
import type { Schemas } from '../client';
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

/** An assignment as its organisation sees it (also for useQueries). */
export function assignmentQuery(id: string) {
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
