import { useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { Link, NavLink, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { VerifyEmailBanner } from './verify-email-banner';
import { useDevMailboxAvailable } from '../api/queries';
import { useSession } from '../auth/session';
import { LANGS, useI18n } from '../i18n/i18n';
import { useAdoptAccountLanguage, useChangeLanguage } from '../lib/language';
import { useNotificationStream, useUnreadCount } from '../lib/notifications';
import { BrandMark, Icon } from './icons';
import type { IconName } from './icons';
import { Avatar } from './ui';

interface NavItem {
  to: string;
  label: string;
  icon: IconName;
  end?: boolean;
  count?: number;
}

function useNavSections(): { heading?: string; items: NavItem[] }[] {
  const { t } = useI18n();
  const { me, activeOrg, hasRole, status } = useSession();
  const unread = useUnreadCount();
  const mailbox = useDevMailboxAvailable(status === 'authenticated');
  if (!me) return [];
  const sections: { heading?: string; items: NavItem[] }[] = [];
  if (me.accountType === 'interim') {
    sections.push({
      items: [
        { to: '/interim', label: t.nav.matched, icon: 'sparkle', end: true },
        { to: '/interim/search', label: t.nav.search, icon: 'search' },
        { to: '/interim/responses', label: t.nav.myResponses, icon: 'inbox' },
        { to: '/contracts', label: t.nav.contracts, icon: 'file' },
      ],
    });
    sections.push({
      heading: t.nav.you,
      items: [
        { to: '/interim/profile', label: t.nav.profile, icon: 'user' },
        { to: '/interim/privacy', label: t.nav.privacy, icon: 'shield' },
      ],
    });
  } else if (!activeOrg) {
    sections.push({
      items: [{ to: '/organisations/new', label: t.nav.getStarted, icon: 'building' }],
    });
  } else {
    const work: NavItem[] = [];
    if (hasRole('hiring_manager'))
      work.push({ to: '/assignments', label: t.nav.assignments, icon: 'briefcase' });
    if (hasRole('procurement')) {
      work.push({ to: '/procurement', label: t.nav.procurement, icon: 'inbox', end: true });
      work.push({ to: '/contracts', label: t.nav.contracts, icon: 'file' });
    } else if (hasRole('hiring_manager')) {
      work.push({ to: '/contracts', label: t.nav.contracts, icon: 'file' });
    }
    if (work.length) sections.push({ heading: t.nav.work, items: work });
    const org: NavItem[] = [];
    if (hasRole('admin') || hasRole('procurement'))
      org.push({ to: '/rate-card', label: t.nav.rateCard, icon: 'euro' });
    // Every member sees the team (and may leave); admins manage it there.
    org.push({ to: '/organisation', label: t.nav.team, icon: 'users' });
    sections.push({ heading: t.nav.organisation, items: org });
  }
  sections.push({
    heading: t.nav.account,
    items: [
      { to: '/notifications', label: t.nav.notifications, icon: 'bell', count: unread },
      { to: '/settings', label: t.nav.settings, icon: 'settings' },
      ...(mailbox ? [{ to: '/dev/mailbox', label: t.nav.mailbox, icon: 'mail' as const }] : []),
    ],
  });
  return sections;
}

export function LanguageSwitch() {
  const { lang, t } = useI18n();
  const setLang = useChangeLanguage();
  return (
    <div className="lang-switch" role="group" aria-label={t.common.language}>
      {LANGS.map((l) => (
        <button
          key={l}
          type="button"
          aria-pressed={lang === l}
          onClick={() => setLang(l)}
          lang={l}
          title={t.languages[l]}
        >
          {l.toUpperCase()}
        </button>
      ))}
    </div>
  );
}

function OrgSwitcher() {
  const { t } = useI18n();
  const { me, activeOrg, setActiveOrg } = useSession();
  const memberships = me?.memberships ?? [];
  if (!activeOrg) return null;
  if (memberships.length === 1)
    return (
      <div className="org-switcher">
        <span className="nav-heading p-0">{t.nav.organisation}</span>
        <span className="org-name">{activeOrg.organisationName}</span>
      </div>
    );
  return (
    <div className="org-switcher">
      <label htmlFor="org-switcher">{t.nav.organisation}</label>
      <select
        id="org-switcher"
        value={activeOrg.organisationId}
        onChange={(e) => setActiveOrg(e.target.value)}
      >
        {memberships.map((m) => (
          <option key={m.organisationId} value={m.organisationId}>
            {m.organisationName}
          </option>
        ))}
      </select>
    </div>
  );
}

export function AppShell({ children }: { children?: ReactNode }) {
  const { t } = useI18n();
  const { me, activeOrg, signOut } = useSession();
  const sections = useNavSections();
  const unread = useUnreadCount();
  useAdoptAccountLanguage();
  useNotificationStream();
  const location = useLocation();
  const navigate = useNavigate();
  // The navigation drawer is open on the screen it was opened on; moving to another one closes it.
  const [navOpenOn, setNavOpenOn] = useState<string | null>(null);
  const navOpen = navOpenOn === location.pathname;
  const setNavOpen = (open: boolean) => setNavOpenOn(open ? location.pathname : null);

  useEffect(() => {
    // A new screen starts at the top (BrowserRouter keeps the scroll position otherwise).
    window.scrollTo(0, 0);
  }, [location.pathname]);
  useEffect(() => {
    if (!navOpen) return;
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && setNavOpenOn(null);
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [navOpen]);

  const roleLabel =
    me?.accountType === 'interim'
      ? t.roles.interim
      : (activeOrg?.roles.map((r) => t.roles[r]).join(' · ') ?? t.roles.client);

  return (
    <div className={`shell ${navOpen ? 'nav-open' : ''}`}>
      <a className="skip-link" href="#main">
        {t.common.skipToContent}
      </a>
      <aside className="sidebar" aria-label={t.nav.label}>
        <Link className="brand" to="/">
          <BrandMark className="brand-mark" />
          <span className="brand-name">Gilde</span>
        </Link>
        <OrgSwitcher />
        <nav aria-label={t.nav.label}>
          {sections.map((section, i) => (
            <div className="nav-section" key={section.heading ?? i}>
              {section.heading ? <p className="nav-heading">{section.heading}</p> : null}
              {section.items.map((item) => (
                <NavLink
                  key={item.to}
                  to={item.to}
                  end={item.end}
                  className={({ isActive }) => `nav-link ${isActive ? 'active' : ''}`}
                >
                  <Icon name={item.icon} />
                  <span>{item.label}</span>
                  {item.count ? <span className="count">{item.count}</span> : null}
                </NavLink>
              ))}
            </div>
          ))}
        </nav>
        <div className="sidebar-footer">{t.common.tagline}</div>
      </aside>
      <div className="sidebar-backdrop" onClick={() => setNavOpen(false)} aria-hidden="true" />
      <div className="main-area">
        <header className="topbar">
          <button
            type="button"
            className="icon-button menu-button"
            aria-label={t.nav.openMenu}
            aria-expanded={navOpen}
            onClick={() => setNavOpen(!navOpen)}
          >
            <Icon name="menu" />
          </button>
          <Link className="brand" to="/">
            <BrandMark className="brand-mark" />
            <span className="brand-name">Gilde</span>
          </Link>
          <div className="spacer" />
          <LanguageSwitch />
          <Link to="/notifications" className="icon-button">
            <Icon name="bell" />
            <span className="visually-hidden">{t.nav.notifications}</span>
            {unread ? (
              <>
                <span className="badge-dot" data-testid="unread-badge">
                  {unread > 99 ? '99+' : unread}
                </span>
                <span className="visually-hidden"> {t.notifications.unread}</span>
              </>
            ) : null}
          </Link>
          {me ? (
            <div className="user-chip">
              <Avatar name={me.displayName} size="sm" />
              <div className="who">
                <strong>{me.displayName}</strong>
                <span>{roleLabel}</span>
              </div>
            </div>
          ) : null}
          <button
            type="button"
            className="icon-button"
            aria-label={t.auth.signOut}
            title={t.auth.signOut}
            onClick={() => void signOut().then(() => navigate('/login'))}
          >
            <Icon name="logout" />
          </button>
        </header>
        <main id="main" className="content" tabIndex={-1}>
          <VerifyEmailBanner />
          {children ?? <Outlet />}
        </main>
      </div>
    </div>
  );
}
