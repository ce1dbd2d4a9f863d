import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { api, call } from '../api/client';
import { useSession } from '../auth/session';
import { Alert, TextField, errorMessage } from '../components/forms';
import { Icon } from '../components/icons';
import { useToast } from '../components/ui';
import { useI18n } from '../i18n/i18n';

/** GDPR Art. 15 and 20, for every kind of account: everything stored about you, as a file. */
export function DataExportSection({ body }: { body: string }) {
  const { t } = useI18n();
  const toast = useToast();
  const exportData = useMutation({
    mutationFn: () => call(api.GET('/api/v1/me/export')),
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
  return (
    <section className="card" aria-labelledby="export-heading">
      <div className="card-header">
        <h2 id="export-heading">{t.privacy.exportTitle}</h2>
      </div>
      <div className="card-body stack">
        <p className="muted">{body}</p>
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
  );
}

/** GDPR Art. 17, for every kind of account: typed confirmation, then signed out. */
export function EraseAccountSection({ body }: { body: string }) {
  const { t } = useI18n();
  const { signOut } = useSession();
  const navigate = useNavigate();
  const [confirm, setConfirm] = useState('');
  const erase = useMutation({
    mutationFn: () => call(api.DELETE('/api/v1/me')),
    onSuccess: async () => {
      await signOut();
      void navigate('/login', { replace: true });
    },
  });
  const word = t.privacy.confirmWord;
  return (
    <section className="card border-danger" aria-labelledby="erase-heading">
      <div className="card-header">
        <h2 id="erase-heading">{t.privacy.eraseTitle}</h2>
      </div>
      <div className="card-body stack">
        <p className="muted">{body}</p>
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
  );
}
