import type { ReactNode } from 'react';
import { Link, Navigate, Route, Routes, useLocation, useParams } from 'react-router-dom';
import { useSession } from './auth/session';
import { AppShell } from './components/app-shell';
import { EmptyState, Loading } from './components/ui';
import { useI18n } from './i18n/i18n';
import { LoginPage, SignupPage } from './pages/auth-pages';
import { ForgotPasswordPage, ResetPasswordPage, VerifyEmailPage } from './pages/account-pages';
import { AcceptInvitationPage, CreateOrganisationPage, TeamPage } from './pages/organisation-pages';
import { SettingsPage } from './pages/settings-page';
import { DevMailboxPage } from './pages/dev-mailbox-page';
import { NotificationsPage } from './pages/notifications-page';
import { ContractDetailPage } from './pages/procurement/contract-detail/contract-detail-page';
import { ContractDraftPage } from './pages/procurement/contract-draft-page';
import { ContractsListPage } from './pages/procurement/contracts-list';
import { ProcurementDesk } from './pages/procurement/procurement-desk/procurement-desk-page';
import { RateCardPage } from './pages/procurement/rate-card/rate-card-page';
import { AssignmentDetailPage } from './pages/hiring/assignment-detail/assignment-detail-page';
import { AssignmentEditorPage } from './pages/hiring/assignment-editor/assignment-editor-page';
import { AssignmentsDashboard } from './pages/hiring/assignments-dashboard/assignments-dashboard';
import { CandidatePage } from './pages/hiring/candidate-page';
import { InterimAssignmentPage } from './pages/interim/interim-assignment';
import { MatchedPage } from './pages/interim/matched-page';
import { MyResponsesPage } from './pages/interim/my-responses';
import { PrivacyPage } from './pages/interim/privacy-page';
import { ProfileEditorPage } from './pages/interim/profile-editor/profile-editor-page';
import { SearchPage } from './pages/interim/search-page/search-page';

/** Where a user lands: the main screen of their role. */
export function homePath(session: ReturnType<typeof useSession>): string {
  const { me, activeOrg } = session;
  if (!me) return '/login';
  if (me.accountType === 'interim') return '/interim';
  if (!activeOrg) return '/organisations/new';
  if (activeOrg.roles.includes('hiring_manager')) return '/assignments';
  if (activeOrg.roles.includes('procurement')) return '/procurement';
  return '/organisation';
}

function RequireAuth({ children }: { children: ReactNode }) {
  const { status } = useSession();
  const location = useLocation();
  if (status === 'loading') return <Loading />;
  if (status === 'anonymous') {
    const next = location.pathname + location.search;
    return <Navigate to={`/login?next=${encodeURIComponent(next)}`} replace />;
  }
  return <>{children}</>;
}

function Home() {
  const session = useSession();
  if (session.status === 'loading') return <Loading />;
  return <Navigate to={homePath(session)} replace />;
}

function NotFound() {
  const { t } = useI18n();
  return (
    <EmptyState
      icon="search"
      title={t.errors.pageNotFound}
      action={
        <Link className="btn btn-primary" to="/">
          {t.errors.goHome}
        </Link>
      }
    >
      {t.errors.pageNotFoundBody}
    </EmptyState>
  );
}

/** Notification links point at /assignments/:id for everyone; each side sees its own view. */
function AssignmentRoute() {
  const { me } = useSession();
  return me?.accountType === 'interim' ? <InterimAssignmentPage /> : <AssignmentDetailPage />;
}

function ResponsesRedirect() {
  const { id = '' } = useParams();
  return <Navigate to={`/assignments/${id}?tab=responses`} replace />;
}

/** The invitation page works signed out (to send people to sign in) and inside the shell. */
function InvitationRoute() {
  const { status } = useSession();
  if (status === 'authenticated')
    return (
      <AppShell>
        <AcceptInvitationPage />
      </AppShell>
    );
  return (
    <main id="main" className="content">
      <AcceptInvitationPage />
    </main>
  );
}

export function App() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route path="/signup" element={<SignupPage />} />
      <Route path="/verify-email" element={<VerifyEmailPage />} />
      <Route path="/forgot-password" element={<ForgotPasswordPage />} />
      <Route path="/reset-password" element={<ResetPasswordPage />} />
      <Route path="/invitations/:token" element={<InvitationRoute />} />
      <Route
        element={
          <RequireAuth>
            <AppShell />
          </RequireAuth>
        }
      >
        <Route index element={<Home />} />
        <Route path="organisations/new" element={<CreateOrganisationPage />} />
        <Route path="organisation" element={<TeamPage />} />
        <Route path="settings" element={<SettingsPage />} />
        <Route path="settings/notifications" element={<SettingsPage />} />
        <Route path="notifications" element={<NotificationsPage />} />
        <Route path="procurement" element={<ProcurementDesk />} />
        <Route path="contracts" element={<ContractsListPage />} />
        <Route path="contracts/new" element={<ContractDraftPage />} />
        <Route path="contracts/:id" element={<ContractDetailPage />} />
        <Route path="rate-card" element={<RateCardPage />} />
        <Route path="dev/mailbox" element={<DevMailboxPage />} />
        <Route path="assignments" element={<AssignmentsDashboard />} />
        <Route path="assignments/new" element={<AssignmentEditorPage />} />
        <Route path="assignments/:id" element={<AssignmentRoute />} />
        <Route path="assignments/:id/edit" element={<AssignmentEditorPage />} />
        <Route path="assignments/:id/responses" element={<ResponsesRedirect />} />
        <Route path="candidates/:id" element={<CandidatePage />} />
        <Route path="interim" element={<MatchedPage />} />
        <Route path="interim/search" element={<SearchPage />} />
        <Route path="interim/responses" element={<MyResponsesPage />} />
        <Route path="interim/profile" element={<ProfileEditorPage />} />
        <Route path="interim/privacy" element={<PrivacyPage />} />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}
