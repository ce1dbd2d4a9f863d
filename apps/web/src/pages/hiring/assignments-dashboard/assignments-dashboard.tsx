import { Link, Navigate, useSearchParams } from 'react-router-dom';
import type { Schemas } from '../../../api/client';
import { useOrganisationAssignments } from '../../../api/queries';
import { useSession } from '../../../auth/session';
import { Icon } from '../../../components/icons';
import { EmptyState, PageHeader, QueryView, useTitle } from '../../../components/ui';
import { useI18n } from '../../../i18n/i18n';
import type { ResponseCounts } from '../../../lib/responses';
import { AssignmentsTable } from './assignments-table';
import { DashboardStats } from './dashboard-stats';
import { useResponseCounts } from './use-response-counts';

type Assignment = Schemas['AssignmentView'];
const STATUSES = ['draft', 'published', 'closed', 'filled'] as const;

/** The hiring team's start page: the organisation's assignments by status, with responses. */
export function AssignmentsDashboard() {
  const { t } = useI18n();
  useTitle(t.nav.assignments);
  const { activeOrg, hasRole } = useSession();
  const query = useOrganisationAssignments(activeOrg?.organisationId);
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
        {(page) =>
          page.items.length ? (
            <div className="stack-lg">
              <DashboardStats assignments={page.items} counts={counts} />
              <FilteredAssignments assignments={page.items} counts={counts} />
            </div>
          ) : (
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
          )
        }
      </QueryView>
    </>
  );
}

/** The assignments behind a status filter kept in the URL (?status=). */
function FilteredAssignments({
  assignments,
  counts,
}: {
  assignments: Assignment[];
  counts: Map<string, ResponseCounts>;
}) {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const filter = params.get('status');
  const byStatus = (s: string) => assignments.filter((a) => a.status === s).length;
  const shown = filter ? assignments.filter((a) => a.status === filter) : assignments;
  return (
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
            <span className="count">{s ? byStatus(s) : assignments.length}</span>
          </button>
        ))}
      </div>
      {shown.length === 0 ? (
        <EmptyState icon="briefcase" title={t.dashboard.noneInState} />
      ) : (
        <AssignmentsTable assignments={shown} counts={counts} />
      )}
    </section>
  );
}
