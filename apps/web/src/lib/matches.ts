import { useQuery } from '@tanstack/react-query';
import { api, call } from '../api/client';
import type { Schemas } from '../api/client';
import { useI18n } from '../i18n/i18n';

/** The score components, in the order the breakdown shows them. Price is never one of them. */
export const SCORE_COMPONENTS = [
  'skills',
  'trackRecord',
  'credentials',
  'availability',
  'fit',
] as const;
export type ScoreComponent = (typeof SCORE_COMPONENTS)[number];

export type MatchView = Schemas['AssignmentMatchView'];

/** An assignment's ranked matches; explanations come in the caller's language. */
export function useMatches(assignmentId: string, enabled = true, waitForMatching = false) {
  const { lang } = useI18n();
  return useQuery({
    // Matching runs in the background right after publishing: poll until the first results land.
    refetchInterval: (query) =>
      waitForMatching && (query.state.data?.length ?? 0) === 0 ? 3000 : false,
    // The language is part of the key: the API words the explanations for the caller's locale.
    queryKey: ['matches', assignmentId, lang],
    queryFn: () =>
      call(
        api.GET('/api/v1/assignments/{id}/matches', {
          params: { path: { id: assignmentId }, query: { limit: 50 } },
          headers: { 'Accept-Language': lang },
        }),
      ),
    enabled,
  });
}
