import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { ApiError, api, call } from '../api/client';
import { queryKeys, useSessions } from '../api/queries';
import { useSession } from '../auth/session';
import { Alert, TextField, useFormErrors } from '../components/forms';
import { Loading, useTitle, useToast } from '../components/ui';
import { useI18n } from '../i18n/i18n';
import { AuthLayout } from './auth-pages';

function linkError(err: unknown, t: ReturnType<typeof useI18n>['t']): string {
  if (err instanceof ApiError && err.code === 'token_expired') return t.account.linkExpired;
  return t.account.linkInvalid;
}

/** The page the verification mail links to: verifies once, on arrival. */
export function VerifyEmailPage() {
  const { t } = useI18n();
  useTitle(t.account.verifyTitle);
  const [params] = useSearchParams();
  const queryClient = useQueryClient();
  const [state, setState] = useState<'busy' | 'done' | 'failed'>('busy');
  const [problem, setProblem] = useState('');
  const sent = useRef(false);
  useEffect(() => {
    // Once per visit: the token is single use, so a second request would report it used.
    if (sent.current) return;
    sent.current = true;
    call(api.POST('/api/v1/auth/verify-email', { body: { token: params.get('token') ?? '' } }))
      .then(async () => {
        setState('done');
        await queryClient.invalidateQueries({ queryKey: queryKeys.me });
      })
      .catch((err: unknown) => {
        setProblem(linkError(err, t));
        setState('failed');
      });
  }, [params, queryClient, t]);
  return (
    <AuthLayout>
      <h1>{t.account.verifyTitle}</h1>
      {state === 'busy' ? <Loading /> : null}
      {state === 'done' ? <Alert tone="success">{t.account.verified}</Alert> : null}
      {state === 'failed' ? <Alert tone="danger">{problem}</Alert> : null}
      <p className="auth-switch">
        <Link to="/">{t.account.continue}</Link>
      </p>
    </AuthLayout>
  );
}

export function ForgotPasswordPage() {
  const { t } = useI18n();
  useTitle(t.account.forgotTitle);
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState(false);
  const form = useFormErrors(['email']);
  const request = useMutation({
    mutationFn: () =>
      call(api.POST('/api/v1/auth/password-reset', { body: { email: email.trim() } })),
    onSuccess: () => setSent(true),
    onError: (err) => form.fromError(err),
  });
  function onSubmit(e: FormEvent) {
    e.preventDefault();
    form.clear();
    request.mutate();
  }
  return (
    <AuthLayout>
      <h1>{t.account.forgotTitle}</h1>
      <p className="lead">{t.account.forgotLead}</p>
      {sent ? (
        <Alert tone="success">{t.account.linkSent}</Alert>
      ) : (
        <form className="form" onSubmit={onSubmit} noValidate>
          {form.banner}
          <TextField
            label={t.auth.email}
            type="email"
            name="email"
            autoComplete="email"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            error={form.errors.email}
          />
          <button
            className="btn btn-primary btn-lg btn-block"
            type="submit"
            disabled={request.isPending}
          >
            {t.account.sendLink}
          </button>
        </form>
      )}
      <p className="auth-switch">
        <Link to="/login">{t.auth.signIn}</Link>
      </p>
    </AuthLayout>
  );
}

export function ResetPasswordPage() {
  const { t } = useI18n();
  useTitle(t.account.resetTitle);
  const [params] = useSearchParams();
  const { signOut } = useSession();
  const [password, setPassword] = useState('');
  const [done, setDone] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const form = useFormErrors(['password']);
  const reset = useMutation({
    mutationFn: () =>
      call(
        api.POST('/api/v1/auth/password-reset/confirm', {
          body: { token: params.get('token') ?? '', password },
        }),
      ),
    onSuccess: async () => {
      // Every session ended, this browser's included.
      await signOut();
      setDone(true);
    },
    onError: (err) => {
      if (err instanceof ApiError && err.code === 'password_unchanged') {
        setProblem(t.account.passwordUnchanged);
      } else if (err instanceof ApiError && err.code?.startsWith('token_')) {
        setProblem(linkError(err, t));
      } else form.fromError(err);
    },
  });
  function onSubmit(e: FormEvent) {
    e.preventDefault();
    form.clear();
    setProblem(null);
    reset.mutate();
  }
  return (
    <AuthLayout>
      <h1>{t.account.resetTitle}</h1>
      {done ? (
        <Alert tone="success">{t.account.passwordSet}</Alert>
      ) : (
        <form className="form" onSubmit={onSubmit} noValidate>
          {problem ? <Alert tone="danger">{problem}</Alert> : null}
          {form.banner}
          <TextField
            label={t.account.newPassword}
            type="password"
            name="password"
            autoComplete="new-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            hint={t.auth.passwordHint}
            error={form.errors.password}
          />
          <button
            className="btn btn-primary btn-lg btn-block"
            type="submit"
            disabled={reset.isPending}
          >
            {t.account.setPassword}
          </button>
        </form>
      )}
      <p className="auth-switch">
        <Link to="/login">{t.auth.signIn}</Link>
      </p>
    </AuthLayout>
  );
}

/** Settings: change the password (other sessions end). */
export function ChangePasswordSection() {
  const { t } = useI18n();
  const toast = useToast();
  const queryClient = useQueryClient();
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNew] = useState('');
  const form = useFormErrors(['currentPassword', 'newPassword']);
  const change = useMutation({
    mutationFn: () =>
      call(api.POST('/api/v1/me/password', { body: { currentPassword, newPassword } })),
    onSuccess: async () => {
      setCurrent('');
      setNew('');
      toast({ title: t.account.changed });
      await queryClient.invalidateQueries({ queryKey: queryKeys.sessions });
    },
    onError: (err) => form.fromError(err),
  });
  function onSubmit(e: FormEvent) {
    e.preventDefault();
    form.clear();
    change.mutate();
  }
  return (
    <section className="card" aria-labelledby="password-heading">
      <div className="card-header">
        <h2 id="password-heading">{t.account.changeTitle}</h2>
      </div>
      <form className="card-body form" onSubmit={onSubmit} noValidate>
        <p className="muted">{t.account.changeLead}</p>
        {form.banner}
        <TextField
          label={t.account.currentPassword}
          type="password"
          name="currentPassword"
          autoComplete="current-password"
          value={currentPassword}
          onChange={(e) => setCurrent(e.target.value)}
          error={form.errors.currentPassword}
        />
        <TextField
          label={t.account.newPassword}
          type="password"
          name="newPassword"
          autoComplete="new-password"
          value={newPassword}
          onChange={(e) => setNew(e.target.value)}
          hint={t.auth.passwordHint}
          error={form.errors.newPassword}
        />
        <div>
          <button className="btn btn-primary" type="submit" disabled={change.isPending}>
            {t.account.setPassword}
          </button>
        </div>
      </form>
    </section>
  );
}

/** Settings: where the person is signed in, with a way to end each session or all. */
export function SessionsSection() {
  const { t, lang } = useI18n();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { signOut } = useSession();
  const sessions = useSessions();
  const end = useMutation({
    mutationFn: (id: string) =>
      call(api.DELETE('/api/v1/me/sessions/{id}', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.sessions }),
  });
  const endAll = useMutation({
    mutationFn: () => call(api.POST('/api/v1/auth/logout-all')),
    onSuccess: async () => {
      await signOut();
      void navigate('/login');
    },
  });
  const when = (iso: string) =>
    new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(
      new Date(iso),
    );
  return (
    <section className="card" aria-labelledby="sessions-heading">
      <div className="card-header">
        <h2 id="sessions-heading">{t.account.sessionsTitle}</h2>
      </div>
      <div className="card-body">
        <p className="muted">{t.account.sessionsLead}</p>
        {sessions.isPending ? <Loading /> : null}
        <ul className="stack">
          {(sessions.data?.items ?? []).map((s) => (
            <li key={s.id} className="row between">
              <div>
                <strong>{s.device ?? t.account.unknownDevice}</strong>
                {s.current ? <span className="badge">{t.account.thisSession}</span> : null}
                <div className="muted">
                  {s.ip ?? ''} · {t.account.lastUsed(when(s.lastUsedAt))}
                </div>
              </div>
              {s.current ? null : (
                <button
                  type="button"
                  className="btn btn-secondary"
                  disabled={end.isPending}
                  onClick={() => end.mutate(s.id)}
                >
                  {t.account.endSession}
                </button>
              )}
            </li>
          ))}
        </ul>
        <button
          type="button"
          className="btn btn-danger"
          disabled={endAll.isPending}
          onClick={() => endAll.mutate()}
        >
          {t.account.endAll}
        </button>
      </div>
    </section>
  );
}
