import { Link } from 'react-router-dom';
import { useSession } from '../../auth/session';
import { Icon } from '../../components/icons';
import { Alert } from '../../components/forms';
import {
  Badge,
  EmptyState,
  Loading,
  PageHeader,
  ScoreBar,
  Stat,
  useTitle,
} from '../../components/ui';
import { useI18n } from '../../i18n/i18n';
import { useAssignmentKinds, useSectors } from '../../lib/catalogue';
import { useInterimMatches, useMyResponses, useOwnProfile } from '../../api/queries';

/** The interim manager's start page: assignments matched to them, best first, with the reasons. */
export function MatchedPage() {
  const { t, date } = useI18n();
  useTitle(t.nav.matched);
  const { me } = useSession();
  const profile = useOwnProfile();
  const matches = useInterimMatches();
  const responses = useMyResponses();
  const kinds = useAssignmentKinds();
  const sectors = useSectors();
  const items = matches.data?.items ?? [];
  const open = (responses.data?.items ?? []).filter(
    (r) => r.status === 'submitted' || r.status === 'shortlisted',
  ).length;
  const firstName = me?.displayName.split(' ')[0] ?? '';

  return (
    <>
      <PageHeader
        eyebrow={t.roles.interim}
        title={t.interim.greeting(firstName)}
        description={t.interim.matchedLead}
        actions={
          <Link className="btn btn-secondary" to="/interim/search">
            <Icon name="search" width={16} height={16} /> {t.nav.search}
          </Link>
        }
      />
      {profile.data === null ? (
        <div className="mb-5">
          <Alert tone="info" title={t.interim.completeProfileTitle}>
            {t.interim.completeProfileBody}{' '}
            <Link to="/interim/profile">{t.interim.completeProfileLink}</Link>
          </Alert>
        </div>
      ) : null}
      <div className="stats mb-5">
        <Stat label={t.interim.stats.matches} value={items.length} />
        <Stat label={t.interim.stats.open} value={open} />
        <Stat
          label={t.interim.stats.credentials}
          value={
            profile.data
              ? profile.data.credentials.filter((c) => c.status === 'verified').length
              : 0
          }
          note={t.interim.stats.credentialsNote}
        />
      </div>
      {matches.isPending ? (
        <Loading />
      ) : items.length === 0 ? (
        <div className="card">
          <EmptyState icon="sparkle" title={t.interim.noMatches}>
            {t.interim.noMatchesBody}
          </EmptyState>
        </div>
      ) : (
        <ul className="stack plain-list">
          {items.map((m) => (
            <li key={m.assignment.id}>
              <article className="card card-body stack" aria-labelledby={`m-${m.assignment.id}`}>
                <div className="row between top">
                  <div>
                    <h2 id={`m-${m.assignment.id}`} className="text-lg">
                      <Link to={`/assignments/${m.assignment.id}`}>{m.assignment.title}</Link>
                    </h2>
                    <div className="small muted">
                      {[
                        m.assignment.organisationName,
                        kinds.label(m.assignment.assignmentKind),
                        sectors.label(m.assignment.sector),
                      ]
                        .filter((x) => x && x !== '—')
                        .join(' · ')}
                    </div>
                  </div>
                  <div className="score wide">
                    <span className="score-value">{Math.round(m.score)}</span>
                    <ScoreBar value={m.score} label={t.matches.score} />
                  </div>
                </div>
                <div className="row small muted">
                  <span className="row gap-tight">
                    <Icon name="calendar" width={16} height={16} /> {date(m.assignment.startDate)} –{' '}
                    {date(m.assignment.endDate)}
                  </span>
                  {m.assignment.hoursPerWeek ? (
                    <span className="row gap-tight">
                      <Icon name="clock" width={16} height={16} />{' '}
                      {t.common.hoursPerWeek(m.assignment.hoursPerWeek)}
                    </span>
                  ) : null}
                  {m.assignment.city ? (
                    <span className="row gap-tight">
                      <Icon name="pin" width={16} height={16} /> {m.assignment.city}
                    </span>
                  ) : null}
                  {m.rateWithinBudget ? (
                    <Badge tone="success">{t.responses.withinBudget}</Badge>
                  ) : null}
                </div>
                <ul className="explanations">
                  {m.explanation.slice(0, 4).map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
                <div className="btn-row end">
                  <Link className="btn btn-primary btn-sm" to={`/assignments/${m.assignment.id}`}>
                    {t.interim.viewAndRespond}
                  </Link>
                </div>
              </article>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
