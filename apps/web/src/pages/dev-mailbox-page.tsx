import { useState } from 'react';
import { ApiError } from '../api/client';
import { useDevMailbox } from '../api/queries';
import { Alert } from '../components/forms';
import { EmptyState, PageHeader, QueryView, useTitle } from '../components/ui';
import { useI18n } from '../i18n/i18n';

/** Outside production, e-mail without an SMTP server lands in a local mailbox; this shows it. */
export function DevMailboxPage() {
  const { t, dateTime } = useI18n();
  useTitle(t.nav.mailbox);
  const [open, setOpen] = useState<string | null>(null);
  const query = useDevMailbox();
  if (query.error instanceof ApiError && query.error.status === 404)
    return (
      <>
        <PageHeader title={t.nav.mailbox} />
        <Alert tone="info">{t.mailbox.unavailable}</Alert>
      </>
    );
  return (
    <>
      <PageHeader title={t.nav.mailbox} description={t.mailbox.lead} />
      <QueryView query={query}>
        {(page) =>
          page.items.length === 0 ? (
            <div className="card">
              <EmptyState icon="mail" title={t.mailbox.empty} />
            </div>
          ) : (
            <ul className="card list">
              {page.items.map((m) => (
                <li className="list-item" key={m.id}>
                  <div className="grow stack-sm">
                    <div className="row between">
                      <button
                        type="button"
                        className="link-button"
                        aria-expanded={open === m.id}
                        onClick={() => setOpen(open === m.id ? null : m.id)}
                      >
                        {m.subject}
                      </button>
                      <span className="small subtle nowrap">{dateTime(m.createdAt)}</span>
                    </div>
                    <span className="small muted">
                      {t.mailbox.to} {m.to}
                    </span>
                    {open === m.id ? (
                      <pre className="card card-body small mail-text">{m.text}</pre>
                    ) : null}
                  </div>
                </li>
              ))}
            </ul>
          )
        }
      </QueryView>
    </>
  );
}
