import { useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { ApiError } from '../api/client';
import { useSession } from '../auth/session';
import { LanguageSwitch } from '../components/app-shell';
import { Alert, TextField, useFormErrors } from '../components/forms';
import { BrandMark } from '../components/icons';
import { useTitle } from '../components/ui';
import { useI18n } from '../i18n/i18n';
import { ssoFailureText, ssoStartUrl } from '../lib/sso';

/** Only same-site paths are followed after signing in. */
function safeNext(next: string | null): string | null {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : null;
}

export function AuthLayout({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  return (
    <div className="auth">
      <section className="auth-aside" aria-label="Gilde">
        <Link className="brand" to="/">
          <BrandMark className="brand-mark" />
          <span className="brand-name">Gilde</span>
        </Link>
        <div>
          <h2>{t.auth.asideTitle}</h2>
          <p>{t.auth.asideBody}</p>
        </div>
        <ul className="auth-points">
          {t.auth.asidePoints.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      </section>
      <main className="auth-main" id="main">
        <div className="auth-top">
          <LanguageSwitch />
        </div>
        <div className="auth-form">{children}</div>
      </main>
    </div>
  );
}

export function LoginPage() {
  const { t } = useI18n();
  useTitle(t.auth.signIn);
  const { signIn, status } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useFormErrors(['email', 'password']);
  const ssoFailure = ssoFailureText(params.get('sso'), t);
  const [ssoNeedsEmail, setSsoNeedsEmail] = useState(false);

  if (status === 'authenticated') return <Navigate to={next ?? '/'} replace />;

  function startSso() {
    if (!email.trim()) {
      setSsoNeedsEmail(true);
      return;
    }
    setBusy(true);
    // A full-page navigation: the API redirects the browser to the organisation's provider.
    window.location.assign(ssoStartUrl(email));
  }

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    form.clear();
    try {
      await signIn(email.trim(), password);
      void navigate(next ?? '/', { replace: true });
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) setError(t.auth.badCredentials);
      else if (err instanceof ApiError && err.status === 429) setError(t.auth.tooManyAttempts);
      else form.fromError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <AuthLayout>
      <h1>{t.auth.signInTitle}</h1>
      <p className="lead">{t.auth.signInLead}</p>
      <form className="form" onSubmit={(e) => void onSubmit(e)} noValidate>
        {ssoFailure ? (
          <Alert tone="danger" title={t.auth.ssoFailed}>
            {ssoFailure}
          </Alert>
        ) : null}
        {error ? <Alert tone="danger">{error}</Alert> : null}
        {form.banner}
        <TextField
          label={t.auth.email}
          type="email"
          name="email"
          autoComplete="email"
          required
          value={email}
          onChange={(e) => {
            setEmail(e.target.value);
            setSsoNeedsEmail(false);
          }}
          error={ssoNeedsEmail ? t.auth.ssoNeedsEmail : form.errors.email}
        />
        <TextField
          label={t.auth.password}
          type="password"
          name="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={form.errors.password}
        />
        <button className="btn btn-primary btn-lg btn-block" type="submit" disabled={busy}>
          {busy ? t.auth.signingIn : t.auth.signIn}
        </button>
        <Link to="/forgot-password">{t.account.forgotLink}</Link>
        <p className="auth-or muted">{t.auth.ssoOr}</p>
        <button
          className="btn btn-secondary btn-lg btn-block"
          type="button"
          disabled={busy}
          onClick={startSso}
        >
          {t.auth.ssoButton}
        </button>
        <p className="small subtle m-0">{t.auth.ssoHint}</p>
      </form>
      <p className="auth-switch">
        {t.auth.noAccount}{' '}
        <Link to={next ? `/signup?next=${encodeURIComponent(next)}` : '/signup'}>
          {t.auth.createAccount}
        </Link>
      </p>
    </AuthLayout>
  );
}

export function SignupPage() {
  const { t } = useI18n();
  useTitle(t.auth.signUp);
  const { signUp, status } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const [accountType, setAccountType] = useState<'interim' | 'client'>(
    params.get('as') === 'client' || next?.startsWith('/invitations/') ? 'client' : 'interim',
  );
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const form = useFormErrors(['email', 'password', 'displayName', 'accountType']);

  if (status === 'authenticated' && !busy) return <Navigate to={next ?? '/'} replace />;

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    form.clear();
    try {
      await signUp({ email: email.trim(), password, displayName: displayName.trim(), accountType });
      void navigate(
        next ?? (accountType === 'interim' ? '/interim/profile' : '/organisations/new'),
        {
          replace: true,
        },
      );
    } catch (err) {
      form.fromError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <AuthLayout>
      <h1>{t.auth.signUpTitle}</h1>
      <p className="lead">{t.auth.signUpLead}</p>
      <form className="form" onSubmit={(e) => void onSubmit(e)} noValidate>
        {form.banner}
        <fieldset>
          <legend>{t.auth.accountType}</legend>
          <div className="segmented">
            <label>
              <input
                type="radio"
                name="accountType"
                value="interim"
                checked={accountType === 'interim'}
                onChange={() => setAccountType('interim')}
              />
              <strong>{t.auth.interimOption}</strong>
              <span>{t.auth.interimOptionHint}</span>
            </label>
            <label>
              <input
                type="radio"
                name="accountType"
                value="client"
                checked={accountType === 'client'}
                onChange={() => setAccountType('client')}
              />
              <strong>{t.auth.clientOption}</strong>
              <span>{t.auth.clientOptionHint}</span>
            </label>
          </div>
        </fieldset>
        <TextField
          label={t.auth.displayName}
          name="displayName"
          autoComplete="name"
          required
          value={displayName}
          onChange={(e) => setDisplayName(e.target.value)}
          error={form.errors.displayName}
        />
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
        <TextField
          label={t.auth.password}
          type="password"
          name="password"
          autoComplete="new-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          hint={t.auth.passwordHint}
          error={form.errors.password}
        />
        <button className="btn btn-primary btn-lg btn-block" type="submit" disabled={busy}>
          {busy ? t.auth.signingUp : t.auth.signUp}
        </button>
      </form>
      <p className="auth-switch">
        {t.auth.haveAccount}{' '}
        <Link to={next ? `/login?next=${encodeURIComponent(next)}` : '/login'}>
          {t.auth.signIn}
        </Link>
      </p>
    </AuthLayout>
  );
}
