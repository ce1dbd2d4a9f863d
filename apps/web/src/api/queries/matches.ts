import { useQuery } from '@tanstack/react-query';
import { api, call } from '../client';
import { useI18n } from '../../i18n/i18n';
import { queryKeys } from './keys';

/** An assignment's ranked matches; explanations come in the caller's language. */
export function useMatches(assignmentId: string, enabled = true, waitForMatching = false) {
  const { lang } = useI18n();
  return useQuery({
    // Matching runs in the background right after publishing: poll until the first results land.
    refetchInterval: (query) =>
      waitForMatching && (query.state.data?.length ?? 0) === 0 ? 3000 : false,
    queryKey: queryKeys.matches(assignmentId, lang),
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

/** Assignments matched to the signed-in interim manager, best first. */
export function useInterimMatches() {
  const { lang } = useI18n();
  return useQuery({
    queryKey: queryKeys.interimMatches.inLanguage(lang),
    queryFn: () =>
      call(
        api.GET('/api/v1/interims/me/matches', {
          params: { query: { pageSize: 50 } },
          headers: { 'Accept-Language': lang },
        }),
      ),
  });
}
