import { useQuery } from '@tanstack/react-query';
import { api, call } from '../api/client';
import type { Schemas } from '../api/client';
import { useI18n } from '../i18n/i18n';

export type InterimMatchView = Schemas['InterimMatchView'];

/** Assignments matched to the signed-in interim manager, best first. */
export function useInterimMatches() {
  const { lang } = useI18n();
  return useQuery({
    queryKey: ['interim-matches', lang],
    queryFn: () =>
      call(
        api.GET('/api/v1/interims/me/matches', {
          params: { query: { pageSize: 50 } },
          headers: { 'Accept-Language': lang },
        }),
      ),
  });
}

/** The caller's match for one assignment, when matching ranked them for it. */
export function useInterimMatch(assignmentId: string): InterimMatchView | undefined {
  const query = useInterimMatches();
  return query.data?.items.find((m) => m.assignment.id === assignmentId);
}
