import type { Schemas } from '../api/client';
import { useInterimMatches } from '../api/queries';

export type InterimMatchView = Schemas['InterimMatchView'];

/** The caller's match for one assignment, when matching ranked them for it. */
export function useInterimMatch(assignmentId: string): InterimMatchView | undefined {
  const query = useInterimMatches();
  return query.data?.items.find((m) => m.assignment.id === assignmentId);
}
