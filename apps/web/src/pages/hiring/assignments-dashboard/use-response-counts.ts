import type { Schemas } from '../../../api/client';
import { useResponsesOfAssignments } from '../../../api/queries';
import { responseCounts } from '../../../lib/responses';
import type { ResponseCounts } from '../../../lib/responses';

/** Response counts per assignment (drafts have none): total and those waiting for a decision. */
export function useResponseCounts(
  assignments: Schemas['AssignmentView'][],
): Map<string, ResponseCounts> {
  const withResponses = assignments.filter((a) => a.status !== 'draft');
  const results = useResponsesOfAssignments(withResponses.map((a) => a.id));
  const counts = new Map<string, ResponseCounts>();
  withResponses.forEach((a, i) => {
    const page = results[i]?.data;
    if (page) counts.set(a.id, responseCounts(page));
  });
  return counts;
}
