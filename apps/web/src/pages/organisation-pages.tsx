import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { Link, Navigate, useNavigate, useParams } from 'react-router-dom';
import { api, call } from '../api/client';
import type { Schemas } from '../api/client';
import { useSession } from '../auth/session';
import { Alert, SelectField, TextField, useFormErrors } from '../components/forms';
import { Icon } from '../components/icons';
import { Badge, EmptyState, Loading, PageHeader, useTitle, useToast } from '../components/ui';
import { useI18n } from '../i18n/i18n';
import { queryKeys } from '../api/queries';
import { OrganisationSsoSettings } from './organisation-sso-settings';
import { MembersSection, PendingInvitationsSection } from './team-members';

export function CreateOrganisationPage() {
  const { t } = useI18n();
  useTitle(t.org.createTitle);
  const queryClient = useQueryClient();
  const { setActiveOrg } = useSession();
  const navigate = useNavigate();
  const toast = useToast();
  const [name, setName] = useState('');
  const [kvkNumber, setKvk] = useState('');
  const form = useFormErrors(['name', 'kvkNumber']);

  const create = useMutation({
    mutationFn: () =>
      call(
        api.POST('/api/v1/organisations', {
          body: { name: name.trim(), ...(kvkNumber.trim() ? { kvkNumber: kvkNumber.trim() } : {}) },
        }),
      ),
    onSuccess: async (org) => {
      setActiveOrg(org.id);
      await queryClient.invalidateQueries({ queryKey: queryKeys.me });
      toast({ title: t.org.created(org.name) });
      void navigate('/assignments');
    },
    onError: form.fromError,
  });

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    form.clear();
    create.mutate();
  }

  return (
    <div className="center-page">
      <PageHeader
        eyebrow={t.nav.getStarted}
        title={t.org.createTitle}
        description={t.org.createLead}
      />
      <form className="card card-body form" onSubmit={onSubmit} noValidate>
        {form.banner}
        <TextField
          label={t.org.name}
          name="name"
          required
          autoComplete="organization"
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={form.errors.name}
        />
        <TextField
          label={t.org.kvk}
          name="kvkNumber"
          optional
          inputMode="numeric"
          value={kvkNumber}
          onChange={(e) => setKvk(e.target.value)}
          hint={t.org.kvkHint}
          error={form.errors.kvkNumber}
        />
        <div className="btn-row end">
          <button className="btn btn-primary" type="submit" disabled={create.isPending}>
            {create.isPending ? t.org.creating : t.org.create}
          </button>
        </div>
      </form>
      <p className="muted small mt-4">{t.org.orJoin}</p>
    </div>
  );
}

type Invitation = Schemas['InvitationView'];
type Role = Invitation['role'];

export function TeamPage() {
  const { t, dateTime } = useI18n();
  useTitle(t.org.teamTitle);
  const { activeOrg, hasRole } = useSession();
  const toast = useToast();
  const queryClient = useQueryClient();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('hiring_manager');
  const [sent, setSent] = useState<Invitation[]>([]);
  const [copied, setCopied] = useState<string | null>(null);
  const form = useFormErrors(['email', 'role']);

  const invite = useMutation({
    mutationFn: () =>
      call(
        api.POST('/api/v1/organisations/{id}/invitations', {
          params: { path: { id: activeOrg?.organisationId ?? '' } },
          body: { email: email.trim(), role },
        }),
      ),
    onSuccess: (inv) => {
      setSent((list) => [inv, ...list]);
      toast({ title: t.org.invited(inv.email) });
      setEmail('');
      void queryClient.invalidateQueries({
        queryKey: queryKeys.pendingInvitations(activeOrg?.organisationId ?? ''),
      });
    },
    onError: form.fromError,
  });

  if (!activeOrg) return <Navigate to="/organisations/new" replace />;

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    form.clear();
    invite.mutate();
  }

  const isAdmin = hasRole('admin');
  const linkFor = (inv: Invitation) =>
    `${location.origin}/invitations/${encodeURIComponent(inv.token)}`;

  return (
    <>
      <PageHeader
        eyebrow={activeOrg.organisationName}
        title={t.org.teamTitle}
        description={isAdmin ? t.org.teamLead : t.org.teamLeadMember}
      />
      <div className="layout-aside">
        <div className="stack">
          <MembersSection orgId={activeOrg.organisationId} orgName={activeOrg.organisationName} />
          {isAdmin ? <PendingInvitationsSection orgId={activeOrg.organisationId} /> : null}
          {isAdmin ? (
            <form className="card" onSubmit={onSubmit} noValidate>
              <div className="card-header">
                <h2>{t.org.inviteTitle}</h2>
              </div>
              <div className="card-body form">
                {form.banner}
                <div className="form-grid">
                  <TextField
                    label={t.org.inviteEmail}
                    type="email"
                    name="email"
                    required
                    value={email}
                    onChange={(e) => setEmail(e.target.value)}
                    error={form.errors.email}
                  />
                  <SelectField
                    label={t.org.inviteRole}
                    name="role"
                    value={role}
                    onChange={(e) => setRole(e.target.value as Role)}
                    options={(['hiring_manager', 'procurement', 'admin'] as const).map((r) => ({
                      value: r,
                      label: t.roles[r],
                    }))}
                    hint={t.org.roleHints[role]}
                    error={form.errors.role}
                  />
                </div>
                <div className="btn-row end">
                  <button className="btn btn-primary" type="submit" disabled={invite.isPending}>
                    <Icon name="send" width={16} height={16} />
                    {invite.isPending ? t.org.inviting : t.org.invite}
                  </button>
                </div>
              </div>
            </form>
          ) : null}
          {isAdmin ? (
            <section className="card" aria-labelledby="sent-heading">
              <div className="card-header">
                <h2 id="sent-heading">{t.org.sentThisSession}</h2>
              </div>
              {sent.length === 0 ? (
                <EmptyState icon="mail" title={t.org.noInvitesYet} />
              ) : (
                <ul className="list">
                  {sent.map((inv) => (
                    <li className="list-item" key={inv.id}>
                      <div className="grow stack-sm">
                        <div className="row between">
                          <strong>{inv.email}</strong>
                          <Badge tone="brand">{t.roles[inv.role]}</Badge>
                        </div>
                        <div className="row">
                          <input
                            readOnly
                            value={linkFor(inv)}
                            aria-label={t.org.link}
                            className="input mono fill-row"
                          />
                          <button
                            type="button"
                            className="btn btn-secondary btn-sm"
                            onClick={() =>
                              void navigator.clipboard
                                ?.writeText(linkFor(inv))
                                .then(() => setCopied(inv.id))
                            }
                          >
                            {copied === inv.id ? t.common.copied : t.common.copy}
                          </button>
                        </div>
                        <span className="small subtle">
                          {t.org.expires} {dateTime(inv.expiresAt)}
                        </span>
                      </div>
                    </li>
                  ))}
                </ul>
              )}
            </section>
          ) : null}
          {isAdmin ? <OrganisationSsoSettings organisationId={activeOrg.organisationId} /> : null}
        </div>
        <aside className="card card-body stack-sm">
          <h2 className="text-md">{t.org.yourRoles}</h2>
          <div className="tag-list">
            {activeOrg.roles.map((r) => (
              <Badge key={r} tone="brand">
                {t.roles[r]}
              </Badge>
            ))}
          </div>
          <hr className="divider" />
          <dl className="stack-sm m-0">
            {(['hiring_manager', 'procurement', 'admin'] as const).map((r) => (
              <div key={r}>
                <dt>
                  <strong>{t.roles[r]}</strong>
                </dt>
                <dd className="muted small m-0">{t.org.roleHints[r]}</dd>
              </div>
            ))}
          </dl>
        </aside>
      </div>
    </>
  );
}

export function AcceptInvitationPage() {
  const { t } = useI18n();
  useTitle(t.invitation.title);
  const { token = '' } = useParams();
  const { status, me, setActiveOrg } = useSession();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const toast = useToast();
  const here = `/invitations/${encodeURIComponent(token)}`;

  const accept = useMutation({
    mutationFn: () =>
      call(api.POST('/api/v1/invitations/{token}/accept', { params: { path: { token } } })),
    onSuccess: async (org) => {
      setActiveOrg(org.id);
      await queryClient.invalidateQueries({ queryKey: queryKeys.me });
      toast({ title: t.invitation.accepted(org.name) });
      void navigate('/', { replace: true });
    },
  });

  if (status === 'loading') return <Loading />;

  return (
    <div className="center-page">
      <div className="card card-body stack text-center">
        <div className="empty-icon" aria-hidden="true">
          <Icon name="mail" />
        </div>
        <h1>{t.invitation.title}</h1>
        <p className="muted">{t.invitation.lead}</p>
        {accept.isError ? (
          <Alert tone="danger" title={t.invitation.failed}>
            {t.invitation.failedBody}
          </Alert>
        ) : null}
        {status === 'anonymous' ? (
          <div className="btn-row justify-center">
            <Link className="btn btn-primary" to={`/login?next=${encodeURIComponent(here)}`}>
              {t.invitation.signInToAccept}
            </Link>
            <Link
              className="btn btn-secondary"
              to={`/signup?as=client&next=${encodeURIComponent(here)}`}
            >
              {t.invitation.signUpToAccept}
            </Link>
          </div>
        ) : me?.accountType === 'interim' ? (
          <Alert tone="warning">{t.invitation.interimAccount}</Alert>
        ) : (
          <div>
            <button
              className="btn btn-primary btn-lg"
              type="button"
              onClick={() => accept.mutate()}
              disabled={accept.isPending}
            >
              {accept.isPending ? t.invitation.accepting : t.invitation.accept}
            </button>
          </div>
        )}
      </div>
    </div>
  );
}
