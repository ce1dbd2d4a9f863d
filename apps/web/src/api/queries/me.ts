import { useQuery } from '@tanstack/react-query';
import { api, call } from '../client';
import { queryKeys } from './keys';

/** The signed-in account with its memberships; asked only once signed in. */
export function useMeQuery(signedIn: boolean) {
  return useQuery({
    queryKey: queryKeys.me,
    queryFn: () => call(api.GET('/api/v1/me')),
    enabled: signedIn,
    staleTime: 60_000,
  });
}
