import { useQuery } from '@tanstack/react-query';
import { api, call } from '../client';
import { queryKeys } from './keys';

/** The unread count for the badge; the live stream keeps it current afterwards. */
export function useUnreadCountQuery(enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.notifications.unread,
    queryFn: async () =>
      (await call(api.GET('/api/v1/notifications', { params: { query: { pageSize: 1 } } }))).unread,
    enabled,
    staleTime: 60_000,
  });
}

export function useNotifications(unreadOnly: boolean) {
  return useQuery({
    queryKey: queryKeys.notifications.list(unreadOnly),
    queryFn: () =>
      call(
        api.GET('/api/v1/notifications', {
          params: { query: { pageSize: 50, ...(unreadOnly ? { unread: true } : {}) } },
        }),
      ),
  });
}
