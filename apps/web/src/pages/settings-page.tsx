import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useLocation } from 'react-router-dom';
import { api, call } from '../api/client';
import type { Schemas } from '../api/client';
import { queryKeys, useNotificationPreferences } from '../api/queries';
import { useSession } from '../auth/session';
import { useFormErrors } from '../components/forms';
import { LANGS, useI18n } from '../i18n/i18n';
import { useChangeLanguage } from '../lib/language';
import { Loading, PageHeader, useTitle, useToast } from '../components/ui';
import { ChangePasswordSection, SessionsSection } from './account-pages';
import { DataExportSection, EraseAccountSection } from './account-data-sections';

export function SettingsPage() {
  const { t, lang } = useI18n();
  const setLang = useChangeLanguage();
  useTitle(t.settings.title);
  const { me } = useSession();
  return (
    <>
      <PageHeader title={t.settings.title} description={t.settings.lead} />
      <div className="stack-lg">
        <section className="card" aria-labelledby="lang-heading">
          <div className="card-header">
            <h2 id="lang-heading">{t.settings.languageTitle}</h2>
          </div>
          <div className="card-body">
            <fieldset>
              <legend className="muted weight-normal">{t.settings.languageLead}</legend>
              <div className="choice-grid mt-2">
                {LANGS.map((l) => (
                  <label className="choice-chip" key={l}>
                    <input
                      type="radio"
                      name="lang"
                      checked={lang === l}
                      onChange={() => setLang(l)}
                    />
                    <span lang={l}>{t.languages[l]}</span>
                  </label>
                ))}
              </div>
            </fieldset>
          </div>
        </section>
        <NotificationPreferences />
        <ChangePasswordSection />
        <SessionsSection />
        {me ? (
          <section className="card" aria-labelledby="account-heading">
            <div className="card-header">
              <h2 id="account-heading">{t.settings.accountTitle}</h2>
            </div>
            <div className="card-body">
              <dl className="kv">
                <dt>{t.auth.displayName}</dt>
                <dd>{me.displayName}</dd>
                <dt>{t.auth.email}</dt>
                <dd>{me.email}</dd>
                <dt>{t.auth.accountType}</dt>
                <dd>{me.accountType === 'interim' ? t.roles.interim : t.roles.client}</dd>
              </dl>
            </div>
          </section>
        ) : null}
        {/* Interim managers have these on their privacy page, with who opened their profile. */}
        {me?.accountType === 'client' ? (
          <>
            <DataExportSection body={t.privacy.clientExportBody} />
            <EraseAccountSection body={t.privacy.clientEraseBody} />
          </>
        ) : null}
      </div>
    </>
  );
}

const KINDS = ['match', 'invitation', 'response', 'contract', 'review'] as const;
type Kind = (typeof KINDS)[number];
type KindPreference = Schemas['KindPreferenceDto'];

/** Per kind of event: in the app and/or by e-mail, at once, in a daily digest, or not at all. */
function NotificationPreferences() {
  const { t } = useI18n();
  const location = useLocation();
  const queryClient = useQueryClient();
  const toast = useToast();
  const query = useNotificationPreferences();
  // The user's changes over the stored preferences, per kind; cleared once saved.
  const [edits, setEdits] = useState<Partial<Record<Kind, KindPreference>>>({});
  const prefs: Partial<Record<Kind, KindPreference>> = {};
  for (const k of KINDS) {
    const p = edits[k] ?? query.data?.[k];
    if (p) prefs[k] = { channels: [...p.channels], frequency: p.frequency };
  }
  const form = useFormErrors(KINDS);
  useEffect(() => {
    if (location.pathname.endsWith('/notifications'))
      document.getElementById('prefs-heading')?.scrollIntoView();
  }, [location.pathname]);

  const save = useMutation({
    mutationFn: () => call(api.PUT('/api/v1/me/notification-preferences', { body: prefs })),
    onSuccess: (data) => {
      queryClient.setQueryData(queryKeys.notificationPreferences, data);
      setEdits({});
      toast({ title: t.settings.prefsSaved });
    },
    onError: form.fromError,
  });

  const kinds = KINDS.filter((k) => prefs[k]);
  const update = (k: Kind, patch: Partial<KindPreference>) =>
    setEdits((e) => ({ ...e, [k]: { ...((e[k] ?? prefs[k]) as KindPreference), ...patch } }));
  const toggleChannel = (k: Kind, channel: 'in_app' | 'email', on: boolean) => {
    const current = prefs[k]?.channels ?? [];
    update(k, {
      channels: on ? [...new Set([...current, channel])] : current.filter((c) => c !== channel),
    });
  };

  return (
    <section className="card" aria-labelledby="prefs-heading">
      <div className="card-header">
        <h2 id="prefs-heading">{t.settings.prefsTitle}</h2>
      </div>
      {query.isPending ? (
        <Loading />
      ) : (
        <div className="card-body stack">
          <p className="muted small">{t.settings.prefsLead}</p>
          {form.banner}
          <div className="table-wrap card">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t.settings.kind}</th>
                  <th scope="col">{t.settings.inApp}</th>
                  <th scope="col">{t.settings.email}</th>
                  <th scope="col">{t.settings.frequency}</th>
                </tr>
              </thead>
              <tbody>
                {kinds.map((k) => {
                  const p = prefs[k] as KindPreference;
                  return (
                    <tr key={k}>
                      <th scope="row" className="row-heading">
                        {t.settings.kinds[k]}
                        <div className="small muted weight-normal">{t.settings.kindHints[k]}</div>
                      </th>
                      <td>
                        <input
                          type="checkbox"
                          className="checkbox"
                          checked={p.channels.includes('in_app')}
                          onChange={(e) => toggleChannel(k, 'in_app', e.target.checked)}
                          aria-label={`${t.settings.kinds[k]}: ${t.settings.inApp}`}
                        />
                      </td>
                      <td>
                        <input
                          type="checkbox"
                          checked={p.channels.includes('email')}
                          onChange={(e) => toggleChannel(k, 'email', e.target.checked)}
                          aria-label={`${t.settings.kinds[k]}: ${t.settings.email}`}
                        />
                      </td>
                      <td>
                        <select
                          className="select"
                          value={p.frequency}
                          aria-label={`${t.settings.kinds[k]}: ${t.settings.frequency}`}
                          onChange={(e) =>
                            update(k, { frequency: e.target.value as KindPreference['frequency'] })
                          }
                        >
                          {(['instant', 'daily', 'off'] as const).map((f) => (
                            <option key={f} value={f}>
                              {t.profile.notify[f]}
                            </option>
                          ))}
                        </select>
                        {form.errors[k] ? (
                          <span className="field-error" data-field-error>
                            {form.errors[k]}
                          </span>
                        ) : null}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <div className="btn-row end">
            <button
              type="button"
              className="btn btn-primary"
              onClick={() => {
                form.clear();
                save.mutate();
              }}
              disabled={save.isPending}
            >
              {save.isPending ? t.common.saving : t.settings.savePrefs}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
