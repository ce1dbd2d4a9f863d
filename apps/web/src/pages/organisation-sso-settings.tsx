import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { api, call } from '../api/client';
import type { Schemas } from '../api/client';
import { queryKeys, useSsoSettings } from '../api/queries';
import {
  Alert,
  SelectField,
  TextAreaField,
  TextField,
  errorMessage,
  useFormErrors,
} from '../components/forms';
import { Badge, Loading, useToast } from '../components/ui';
import { useI18n } from '../i18n/i18n';
import { domainProblems, parseDomains, ssoCallbackUrl } from '../lib/sso';

type Settings = Schemas['SsoSettingsView'];
type DefaultRole = Schemas['SsoSettingsDto']['defaultRole'];

const ROLES: DefaultRole[] = ['hiring_manager', 'procurement'];

/** The organisation admin's single sign-on form (OpenID Connect provider, domains, role). */
export function OrganisationSsoSettings({ organisationId }: { organisationId: string }) {
  const { t } = useI18n();
  const settings = useSsoSettings(organisationId);
  if (!settings.data) {
    return (
      <section className="card card-body" aria-label={t.sso.title}>
        {settings.isError ? (
          <Alert tone="danger">{errorMessage(settings.error, t)}</Alert>
        ) : (
          <Loading />
        )}
      </section>
    );
  }
  // A new form once the saved settings change: it starts from what is saved.
  return (
    <SsoForm
      key={settings.data.updatedAt ?? 'off'}
      organisationId={organisationId}
      saved={settings.data}
    />
  );
}

function SsoForm({ organisationId, saved }: { organisationId: string; saved: Settings }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const toast = useToast();
  const [issuer, setIssuer] = useState(saved.issuer ?? '');
  const [clientId, setClientId] = useState(saved.clientId ?? '');
  // The secret never comes back: it is entered again with every change.
  const [clientSecret, setClientSecret] = useState('');
  const [domainText, setDomainText] = useState(saved.domains.join('\n'));
  const [defaultRole, setDefaultRole] = useState<DefaultRole>(
    saved.defaultRole ?? 'hiring_manager',
  );
  const [domainErrors, setDomainErrors] = useState<string[]>([]);
  const form = useFormErrors(['issuer', 'clientId', 'clientSecret', 'domains', 'defaultRole']);

  const show = (saved: Settings) =>
    queryClient.setQueryData(queryKeys.ssoSettings(organisationId), saved);

  const save = useMutation({
    mutationFn: (domains: string[]) =>
      call(
        api.PUT('/api/v1/organisations/{id}/sso', {
          params: { path: { id: organisationId } },
          body: {
            issuer: issuer.trim(),
            clientId: clientId.trim(),
            clientSecret,
            domains,
            defaultRole,
          },
        }),
      ),
    onSuccess: (result) => {
      show(result);
      toast({ title: t.sso.saved });
    },
    onError: (err, domains) => {
      form.fromError(err);
      setDomainErrors(domainProblems(err, domains, t));
    },
  });

  const switchOff = useMutation({
    mutationFn: () =>
      call(
        api.DELETE('/api/v1/organisations/{id}/sso', { params: { path: { id: organisationId } } }),
      ),
    onSuccess: () => {
      show({
        enabled: false,
        issuer: null,
        clientId: null,
        domains: [],
        defaultRole: null,
        updatedAt: null,
      });
      toast({ title: t.sso.switchedOff });
    },
    onError: form.fromError,
  });

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    form.clear();
    setDomainErrors([]);
    save.mutate(parseDomains(domainText));
  }

  const enabled = saved.enabled;
  const callbackUrl = ssoCallbackUrl(location.origin);

  return (
    <form className="card" onSubmit={onSubmit} noValidate aria-labelledby="sso-heading">
      <div className="card-header row between">
        <h2 id="sso-heading">{t.sso.title}</h2>
        <Badge tone={enabled ? 'success' : 'neutral'}>{enabled ? t.sso.on : t.sso.off}</Badge>
      </div>
      <div className="card-body form">
        <p className="muted m-0">{t.sso.lead}</p>
        {form.banner}
        <TextField
          label={t.sso.issuer}
          type="url"
          name="issuer"
          required
          value={issuer}
          onChange={(e) => setIssuer(e.target.value)}
          hint={t.sso.issuerHint}
          error={form.errors.issuer}
        />
        <div className="form-grid">
          <TextField
            label={t.sso.clientId}
            name="clientId"
            required
            autoComplete="off"
            value={clientId}
            onChange={(e) => setClientId(e.target.value)}
            error={form.errors.clientId}
          />
          <TextField
            label={t.sso.clientSecret}
            type="password"
            name="clientSecret"
            required
            autoComplete="new-password"
            value={clientSecret}
            onChange={(e) => setClientSecret(e.target.value)}
            hint={t.sso.clientSecretHint}
            error={form.errors.clientSecret}
          />
        </div>
        <TextAreaField
          label={t.sso.domains}
          name="domains"
          required
          rows={3}
          value={domainText}
          onChange={(e) => setDomainText(e.target.value)}
          hint={t.sso.domainsHint}
          error={domainErrors.length ? undefined : form.errors.domains}
        />
        {domainErrors.length ? (
          <Alert tone="danger">
            <ul>
              {domainErrors.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          </Alert>
        ) : null}
        <SelectField
          label={t.sso.defaultRole}
          name="defaultRole"
          value={defaultRole}
          onChange={(e) => setDefaultRole(e.target.value as DefaultRole)}
          options={ROLES.map((r) => ({ value: r, label: t.roles[r] }))}
          hint={t.org.roleHints[defaultRole]}
          error={form.errors.defaultRole}
        />
        <TextField label={t.sso.callbackUrl} name="callbackUrl" readOnly value={callbackUrl} />
        <div className="btn-row end">
          {enabled ? (
            <button
              className="btn btn-secondary"
              type="button"
              disabled={switchOff.isPending}
              onClick={() => {
                form.clear();
                switchOff.mutate();
              }}
            >
              {switchOff.isPending ? t.sso.switchingOff : t.sso.switchOff}
            </button>
          ) : null}
          <button className="btn btn-primary" type="submit" disabled={save.isPending}>
            {save.isPending ? t.sso.saving : enabled ? t.sso.saveChanges : t.sso.save}
          </button>
        </div>
      </div>
    </form>
  );
}
