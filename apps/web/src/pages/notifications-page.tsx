import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { api, call } from '../api/client';
import { Icon } from '../components/icons';
import type { IconName } from '../components/icons';
import { EmptyState, PageHeader, QueryView, useTitle } from '../components/ui';
import { useI18n } from '../i18n/i18n';
import { queryKeys, useNotifications } from '../api/queries';
import type { Notification } from '../lib/notifications';

const KIND_ICONS: Record<Notification['kind'], IconName> = {
  match: 'sparkle',
  response: 'inbox',
  invitation: 'mail',
  contract: 'file',
  review: 'star',
};

/** The notification centre: newest first, unread marked; opening one marks it read. */
export function NotificationsPage() {
  const { t, relative } = useI18n();
  useTitle(t.nav.notifications);
  const [unreadOnly, setUnreadOnly] = useState(false);
  const query = useNotifications(unreadOnly);
  const queryClient = useQueryClient();
  const navigate = useNavigate();

  const refresh = () =>
    void queryClient.invalidateQueries({ queryKey: queryKeys.notifications.all });
  const read = useMutation({
    mutationFn: (id: string) =>
      call(api.POST('/api/v1/notifications/{id}/read', { params: { path: { id } } })),
    onSuccess: refresh,
  });
  const readAll = useMutation({
    mutationFn: () => call(api.POST('/api/v1/notifications/read-all')),
    onSuccess: refresh,
  });

  const open = (n: Notification) => {
    if (!n.readAt) read.mutate(n.id);
    void navigate(n.link);
  };

  return (
    <>
      <PageHeader
        title={t.nav.notifications}
        description={t.notifications.lead}
        actions={
          <>
            <Link className="btn btn-ghost" to="/settings/notifications">
              <Icon name="settings" width={16} height={16} /> {t.notifications.preferences}
            </Link>
            <button
              type="button"
              className="btn btn-secondary"
              onClick={() => readAll.mutate()}
              disabled={readAll.isPending || !query.data?.unread}
            >
              <Icon name="check" width={16} height={16} /> {t.notifications.markAllRead}
            </button>
          </>
        }
      />
      <div className="tabs" role="group" aria-label={t.dashboard.filter}>
        <button
          type="button"
          className="tab"
          aria-pressed={!unreadOnly}
          onClick={() => setUnreadOnly(false)}
        >
          {t.common.all}
        </button>
        <button
          type="button"
          className="tab"
          aria-pressed={unreadOnly}
          onClick={() => setUnreadOnly(true)}
        >
          {t.notifications.unread}
          {query.data ? <span className="count">{query.data.unread}</span> : null}
        </button>
      </div>
      <QueryView query={query}>
        {(page) =>
          page.items.length === 0 ? (
            <div className="card">
              <EmptyState
                icon="bell"
                title={unreadOnly ? t.notifications.allRead : t.notifications.empty}
              >
                {t.notifications.emptyBody}
              </EmptyState>
            </div>
          ) : (
            <ul className="card list" aria-label={t.nav.notifications}>
              {page.items.map((n) => {
                const unread = !n.readAt;
                return (
                  <li key={n.id} className={`list-item ${unread ? 'unread' : ''}`}>
                    <span className="empty-icon icon-tile lg" aria-hidden="true">
                      <Icon name={KIND_ICONS[n.kind] ?? 'bell'} width={18} height={18} />
                    </span>
                    <div className="grow stack-sm gap-hairline">
                      <div className="row between">
                        <button type="button" className="link-button" onClick={() => open(n)}>
                          {unread ? (
                            <span className="visually-hidden">{t.notifications.unread}: </span>
                          ) : null}
                          {n.title}
                        </button>
                        <span className="small subtle nowrap">{relative(n.createdAt)}</span>
                      </div>
                      <p className="small muted">{n.body}</p>
                    </div>
                    {unread ? <span className="unread-dot" aria-hidden="true" /> : null}
                  </li>
                );
              })}
            </ul>
          )
        }
      </QueryView>
    </>
  );
}
