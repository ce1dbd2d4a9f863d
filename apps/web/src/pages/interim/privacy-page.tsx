import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { api, call } from '../../api/client';
import { useProfileViews } from '../../api/queries';
import { useSession } from '../../auth/session';
import { Alert, TextField, errorMessage } from '../../components/forms';
import { Icon } from '../../components/icons';
import { PageHeader, useTitle, useToast } from '../../components/ui';
import { useI18n } from '../../i18n/i18n';

/** GDPR: download everything stored about you, or erase your account. */
export function PrivacyPage() {
  const { t, date } = useI18n();
  useTitle(t.nav.privacy);
  const { signOut } = useSession();
  const navigate = useNavigate();
  const toast = useToast();
  const [confirm, setConfirm] = useState('');
  const views = useProfileViews();

  const exportData = useMutation({
    mutationFn: () => call(api.GET('/api/v1/interims/me/export')),
    onSuccess: (data) => {
      const blob = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' });
      const href = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = href;
      a.download = `gilde-export-${new Date().toISOString().slice(0, 10)}.json`;
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(href), 1000);
      toast({ title: t.privacy.exported });
    },
    onError: (err) =>
      toast({ title: t.errors.unexpected, body: errorMessage(err, t), tone: 'danger' }),
  });

  const erase = useMutation({
    mutationFn: () => call(api.DELETE('/api/v1/interims/me')),
    onSuccess: async () => {
      await signOut();
      void navigate('/login', { replace: true });
    },
  });

  const word = t.privacy.confirmWord;
  return (
    <>
      <PageHeader eyebrow={t.roles.interim} title={t.privacy.title} description={t.privacy.lead} />
      <div className="stack-lg">
        <section className="card" aria-labelledby="export-heading">
          <div className="card-header">
            <h2 id="export-heading">{t.privacy.exportTitle}</h2>
          </div>
          <div className="card-body stack">
            <p className="muted">{t.privacy.exportBody}</p>
            <div>
              <button
                type="button"
                className="btn btn-secondary"
                onClick={() => exportData.mutate()}
                disabled={exportData.isPending}
              >
                <Icon name="download" width={16} height={16} /> {t.privacy.exportButton}
              </button>
            </div>
          </div>
        </section>
        <section className="card" aria-labelledby="views-heading">
          <div className="card-header">
            <h2 id="views-heading">{t.privacy.viewsTitle}</h2>
          </div>
          <div className="card-body stack">
            <p className="muted">{t.privacy.viewsBody}</p>
            {views.isError ? <Alert tone="danger">{errorMessage(views.error, t)}</Alert> : null}
            {views.data && views.data.items.length === 0 ? <p>{t.privacy.viewsEmpty}</p> : null}
            {views.data && views.data.items.length > 0 ? (
              <ul>
                {views.data.items.map((v) => (
                  <li key={`${v.viewedOn}-${v.organisationName}`}>
                    {v.organisationName} — {date(v.viewedOn)}
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
        </section>
        <section className="card border-danger" aria-labelledby="erase-heading">
          <div className="card-header">
            <h2 id="erase-heading">{t.privacy.eraseTitle}</h2>
          </div>
          <div className="card-body stack">
            <p className="muted">{t.privacy.eraseBody}</p>
            {erase.isError ? <Alert tone="danger">{errorMessage(erase.error, t)}</Alert> : null}
            <div className="form-grid">
              <TextField
                label={t.privacy.confirmLabel(word)}
                value={confirm}
                onChange={(e) => setConfirm(e.target.value)}
                autoComplete="off"
              />
            </div>
            <div>
              <button
                type="button"
                className="btn btn-danger"
                disabled={confirm.trim().toUpperCase() !== word || erase.isPending}
                onClick={() => erase.mutate()}
              >
                <Icon name="trash" width={16} height={16} /> {t.privacy.eraseButton}
              </button>
            </div>
          </div>
        </section>
      </div>
    </>
  );
}
