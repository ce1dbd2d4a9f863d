import { useQueries, useQuery } from '@tanstack/react-query';
import { api, call } from '../client';
import { queryKeys } from './keys';

/** An interim manager's profile as a client sees it. */
export function clientProfileQuery(interimId: string) {
  return {
    queryKey: queryKeys.interimProfile(interimId),
    queryFn: () => call(api.GET('/api/v1/interims/{id}', { params: { path: { id: interimId } } })),
    staleTime: 60_000,
  };
}

export function useClientProfile(interimId: string) {
  return useQuery(clientProfileQuery(interimId));
}

/** Several profiles at once, in the order of the ids. */
export function useClientProfiles(interimIds: string[]) {
  return useQueries({ queries: interimIds.map(clientProfileQuery) });
}

/** Who looked at the signed-in interim manager's profile (latest 50). */
export function useProfileViews() {
  return useQuery({
    queryKey: queryKeys.profileViews,
    queryFn: () =>
      call(api.GET('/api/v1/interims/me/profile-views', { params: { query: { pageSize: 50 } } })),
  });
}
