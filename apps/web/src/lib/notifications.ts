import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { api, call } from '../api/client';
import type { Schemas } from '../api/client';
import { STATIC_QUERY_FAMILIES, queryKeys, useUnreadCountQuery } from '../api/queries';
import { useSession } from '../auth/session';
import { useToast } from '../components/ui';

export type Notification = Schemas['NotificationView'];
const UNREAD_KEY = queryKeys.notifications.unread;

/** The unread count for the badge: loaded once, then kept current by the live stream. */
export function useUnreadCount(): number {
  const { status } = useSession();
  const query = useUnreadCountQuery(status === 'authenticated');
  return query.data ?? 0;
}

function parse<T>(event: Event): T | null {
  try {
    return JSON.parse((event as MessageEvent<string>).data) as T;
  } catch {
    return null;
  }
}

/**
 * Keeps one server-sent event stream open while signed in. EventSource cannot send headers, so
 * each connection uses a one-time stream token; when the stream drops, a new token is fetched
 * (with backoff) and the notification list is reloaded so nothing missed stays hidden.
 */
export function useNotificationStream(): void {
  const { status } = useSession();
  const queryClient = useQueryClient();
  const toast = useToast();

  useEffect(() => {
    if (status !== 'authenticated' || typeof EventSource === 'undefined') return;
    let source: EventSource | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    let delay = 1000;

    const refreshAll = () =>
      // Whatever the notification is about (a match, a response, a contract) may be on screen.
      void queryClient.invalidateQueries({
        predicate: (q) => !STATIC_QUERY_FAMILIES.includes(String(q.queryKey[0])),
      });

    const reconnect = () => {
      source?.close();
      source = null;
      if (stopped) return;
      timer = setTimeout(connect, delay);
      delay = Math.min(delay * 2, 30_000);
    };

    async function connect() {
      try {
        const { token } = await call(api.POST('/api/v1/notifications/stream-token'));
        if (stopped) return;
        source = new EventSource(`/api/v1/notifications/stream?token=${encodeURIComponent(token)}`);
        source.addEventListener('ready', (e) => {
          delay = 1000;
          const body = parse<{ unread: number }>(e);
          if (body) queryClient.setQueryData(UNREAD_KEY, body.unread);
          void queryClient.invalidateQueries({ queryKey: queryKeys.notifications.lists });
        });
        source.addEventListener('unread', (e) => {
          const body = parse<{ unread: number }>(e);
          if (body) queryClient.setQueryData(UNREAD_KEY, body.unread);
        });
        source.addEventListener('notification', (e) => {
          const n = parse<Notification>(e);
          if (!n) return;
          queryClient.setQueryData<number>(UNREAD_KEY, (count) => (count ?? 0) + 1);
          toast({ title: n.title, body: n.body, href: n.link });
          refreshAll();
        });
        // The session was signed out or its access token expired: a new stream token (after a
        // refresh, or not at all when signed out) decides what happens next. When the person
        // left an organisation (or was removed), the memberships and the menu change first.
        source.addEventListener('end', (e) => {
          if (parse<{ reason: string }>(e)?.reason === 'membership_ended') {
            void queryClient.invalidateQueries();
          }
          source?.close();
          source = null;
          if (!stopped) timer = setTimeout(connect, 0);
        });
        source.onerror = reconnect;
      } catch {
        reconnect();
      }
    }

    void connect();
    return () => {
      stopped = true;
      clearTimeout(timer);
      source?.close();
    };
  }, [status, queryClient, toast]);
}
