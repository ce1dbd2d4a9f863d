import { useQuery } from '@tanstack/react-query';
import { ApiError, api, call } from '../client';
import { queryKeys } from './keys';

/** The signed-in interim manager's own profile; null before they created one. */
export function useOwnProfile() {
  return useQuery({
    queryKey: queryKeys.ownProfile,
    queryFn: async () => {
      try {
        return await call(api.GET('/api/v1/interims/me/profile'));
      } catch (err) {
        // No profile yet: the editor starts empty.
        if (err instanceof ApiError && err.status === 404) return null;
        throw err;
      }
    },
  });
}

/** The signed-in interim manager's responses (first 100). */
export function useMyResponses() {
  return useQuery({
    queryKey: queryKeys.myResponses,
    queryFn: () =>
      call(api.GET('/api/v1/interims/me/responses', { params: { query: { pageSize: 100 } } })),
  });
}
