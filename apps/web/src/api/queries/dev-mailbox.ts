import { useQuery } from '@tanstack/react-query';
import { api, call } from '../client';
import { queryKeys } from './keys';

/** The development mailbox exists outside production only; the API answers 404 there. */
export function useDevMailboxAvailable(enabled: boolean): boolean {
  const query = useQuery({
    queryKey: queryKeys.devMailbox.available,
    queryFn: async () => {
      await call(api.GET('/api/v1/dev/mailbox', { params: { query: { pageSize: 1 } } }));
      return true;
    },
    enabled,
    retry: false,
    staleTime: Infinity,
  });
  return query.data === true;
}

/** The latest 50 mails of the development mailbox, refreshed every few seconds. */
export function useDevMailbox() {
  return useQuery({
    queryKey: queryKeys.devMailbox.messages,
    queryFn: () => call(api.GET('/api/v1/dev/mailbox', { params: { query: { pageSize: 50 } } })),
    refetchInterval: 5000,
    retry: false,
  });
}
