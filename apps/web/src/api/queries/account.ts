import { useQuery } from '@tanstack/react-query';
import { api, call } from '../client';
import { queryKeys } from './keys';

/** Where the account is signed in. */
export function useSessions() {
  return useQuery({
    queryKey: queryKeys.sessions,
    queryFn: () => call(api.GET('/api/v1/me/sessions')),
  });
}

/** The account's notification preferences per kind of event. */
export function useNotificationPreferences() {
  return useQuery({
    queryKey: queryKeys.notificationPreferences,
    queryFn: () => call(api.GET('/api/v1/me/notification-preferences')),
  });
}
