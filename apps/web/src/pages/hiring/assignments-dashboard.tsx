import { Link, Navigate, useSearchParams } from 'react-router-dom';
import type { Schemas } from '../../api/client';
import { useSession } from '../../auth/session';
import { Icon } from '../../components/icons';
import { AssignmentStatus } from '../../components/status';
import { EmptyState, PageHeader, QueryView, Stat, useTitle } from '../../components/ui';
import { useI18n } from '../../i18n/i18n';
import { useAssignmentKinds, useSectors } from '../../lib/catalogue';
import { useOrganisationAssignments, useResponsesOfAssignments } from '../../api/queries';

type Assignment = Schemas['AssignmentView'];
const STATUSES = ['draft', 'published', 'closed', 'filled'] as const;

/** Response counts per assignment: total and those still waiting for a decision. */
function useResponseCounts(assignments: Assignment[]) {
  const withResponses = assignments.filter((a) => a.status !== 'draft');
  const results = useResponsesOfAssignments(withResponses.map((a) => a.id));
  const counts = new Map<string, { total: number; waiting: number }>();
  withResponses.forEach((a, i) => {
    const page = results[i]?.data;
    if (page)
      counts.set(a.id, {
        total: page.total,
        waiting: page.items.filter((r) => r.status === 'submitted').length,
      });
  });
  return counts;
}

export function AssignmentsDashboard() {
  const { t, date, money } = useI18n();
  useTitle(t.nav.assignments);
  const { activeOrg, hasRole } = useSession();
  const [params, setParams] = useSearchParams();
  const filter = params.get('status');
  const query = useOrganisationAssignments(activeOrg?.organisationId);
  const kinds = useAssignmentKinds();
  const sectors = useSectors();
  const counts = useResponseCounts(query.data?.items ?? []);

  if (!activeOrg) return <Navigate to="/organisations/new" replace />;

  const canCreate = hasRole('hiring_manager');
  return (
    <>
      <PageHeader
        eyebrow={activeOrg.organisationName}
        title={t.nav.assignments}
        description={t.dashboard.lead}
        actions={
          canCreate ? (
            <Link className="btn btn-primary" to="/assignments/new">
              <Icon name="plus" width={16} height={16} /> {t.dashboard.newAssignment}
            </Link>
          ) : null
        }
      />
      <QueryView query={query}>
        {(page) => {
          const items = page.items;
          const byStatus = (s: string) => items.filter((a) => a.status === s).length;
          const waiting = [...counts.values()].reduce((n, c) => n + c.waiting, 0);
          const responses = [...counts.values()].reduce((n, c) => n + c.total, 0);
          const shown = filter ? items.filter((a) => a.status === filter) : items;
          if (!items.length)
            return (
              <div className="card">
                <EmptyState
                  icon="briefcase"
                  title={t.dashboard.emptyTitle}
                  action={
                    canCreate ? (
                      <Link className="btn btn-primary" to="/assignments/new">
                        {t.dashboard.newAssignment}
                      </Link>
                    ) : null
                  }
                >
                  {t.dashboard.emptyBody}
                </EmptyState>
              </div>
            );
          return (
            <div className="stack-lg">
              <div className="stats">
                <Stat
                  label={t.dashboard.stats.open}
                  value={byStatus('published')}
                  note={t.dashboard.stats.openNote}
                />
                <Stat
                  label={t.dashboard.stats.waiting}
                  value={waiting}
                  note={t.dashboard.stats.responses(responses)}
                />
                <Stat label={t.dashboard.stats.drafts} value={byStatus('draft')} />
                <Stat label={t.dashboard.stats.filled} value={byStatus('filled')} />
              </div>
              <section className="card" aria-labelledby="assignments-heading">
                <h2 id="assignments-heading" className="visually-hidden">
                  {t.nav.assignments}
                </h2>
                <div className="tabs tabs-in-card" role="group" aria-label={t.dashboard.filter}>
                  {[null, ...STATUSES].map((s) => (
                    <button
                      key={s ?? 'all'}
                      type="button"
                      className="tab"
                      aria-pressed={filter === s}
                      onClick={() => setParams(s ? { status: s } : {})}
                    >
                      {s ? t.status.assignmentPlural[s] : t.common.all}
                      <span className="count">{s ? byStatus(s) : items.length}</span>
                    </button>
                  ))}
                </div>
                {shown.length === 0 ? (
                  <EmptyState icon="briefcase" title={t.dashboard.noneInState} />
                ) : (
                  <div className="table-wrap">
                    <table className="table">
                      <thead>
                        <tr>
                          <th scope="col">{t.dashboard.cols.assignment}</th>
                          <th scope="col">{t.dashboard.cols.status}</th>
                          <th scope="col">{t.dashboard.cols.start}</th>
                          <th scope="col" className="num">
                            {t.dashboard.cols.maxRate}
                          </th>
                          <th scope="col" className="num">
                            {t.dashboard.cols.responses}
                          </th>
                        </tr>
                      </thead>
                      <tbody>
                        {shown.map((a) => {
                          const c = counts.get(a.id);
                          return (
                            <tr key={a.id}>
                              <td>
                                <Link to={`/assignments/${a.id}`}>{a.title}</Link>
                                <div className="small muted">
                                  {[
                                    kinds.label(a.assignmentKind),
                                    sectors.label(a.sector),
                                    a.location.city,
                                  ]
                                    .filter((x) => x && x !== '—')
                                    .join(' · ')}
                                </div>
                              </td>
                              <td>
                                <AssignmentStatus status={a.status} />
                              </td>
                              <td className="nowrap">{date(a.startDate)}</td>
                              <td className="num">{money(a.maxDayRate)}</td>
                              <td className="num">
                                {c ? (
                                  <span>
                                    <strong>{c.total}</strong>
                                    {c.waiting ? (
                                      <span className="badge info plain ml-2">
                                        {t.dashboard.newCount(c.waiting)}
                                      </span>
                                    ) : null}
                                  </span>
                                ) : (
                                  <span className="subtle">—</span>
                                )}
                              </td>
                            </tr>
                          );
                        })}
                      </tbody>
                    </table>
                  </div>
                )}
              </section>
            </div>
          );
        }}
      </QueryView>
    </>
  );
}
