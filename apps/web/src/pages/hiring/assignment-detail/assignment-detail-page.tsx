import { useParams, useSearchParams } from 'react-router-dom';
import type { Schemas } from '../../../api/client';
import { useAssignment, useAssignmentResponses, useMatches } from '../../../api/queries';
import { useSession } from '../../../auth/session';
import { AssignmentStatus } from '../../../components/status';
import { PageHeader, QueryView, useTitle } from '../../../components/ui';
import { useI18n } from '../../../i18n/i18n';
import { assignmentTabs, currentTab } from '../../../lib/assignment-tabs';
import { useAssignmentKinds, useSectors } from '../../../lib/catalogue';
import { AssignmentActions } from './assignment-actions';
import { AssignmentTabList } from './assignment-tab-list';
import { CompareView } from './compare-view';
import { MatchesTab } from './matches-tab';
import type { TabItem } from './assignment-tab-list';
import { Overview } from './overview';
import { ResponsesList } from './responses-list';
import { useCompareSelection } from './use-compare-selection';

type Assignment = Schemas['AssignmentView'];

export function AssignmentDetailPage() {
  const { id = '' } = useParams();
  const query = useAssignment(id);
  return <QueryView query={query}>{(a) => <AssignmentDetail assignment={a} />}</QueryView>;
}

/** An assignment for its organisation: overview, matches, responses and the comparison. */
function AssignmentDetail({ assignment: a }: { assignment: Assignment }) {
  const { t } = useI18n();
  useTitle(a.title);
  const { hasRole } = useSession();
  const [params, setParams] = useSearchParams();
  const tab = currentTab(a.status, params.get('tab'));
  const kinds = useAssignmentKinds();
  const sectors = useSectors();
  const responses = useAssignmentResponses(a.id, a.status !== 'draft');
  const matches = useMatches(a.id, a.status !== 'draft', a.status === 'published');
  const compare = useCompareSelection();
  const isHiringManager = hasRole('hiring_manager');

  const setTab = (next: string) => {
    const copy = new URLSearchParams(params);
    copy.set('tab', next);
    setParams(copy, { replace: true });
  };
  const counts: Record<string, number | undefined> = {
    matches: matches.data?.length,
    responses: responses.data?.total,
    compare: compare.selected.length,
  };
  const tabs: TabItem[] = assignmentTabs(a.status).map((key) => ({
    key,
    label: t.assignment.tabs[key],
    count: counts[key],
  }));

  return (
    <>
      <PageHeader
        back={{ to: '/assignments', label: t.nav.assignments }}
        eyebrow={[kinds.label(a.assignmentKind), sectors.label(a.sector)]
          .filter((x) => x !== '—')
          .join(' · ')}
        title={
          <span className="row gap-3">
            {a.title} <AssignmentStatus status={a.status} />
          </span>
        }
        actions={isHiringManager ? <AssignmentActions assignment={a} /> : null}
      />
      <AssignmentTabList tabs={tabs} current={tab} onSelect={setTab} />
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {tab === 'overview' ? <Overview assignment={a} /> : null}
        {tab === 'matches' ? (
          <MatchesTab
            assignment={a}
            matches={matches}
            compare={compare}
            canInvite={isHiringManager}
          />
        ) : null}
        {tab === 'responses' ? (
          <QueryView query={responses}>
            {(page) => (
              <ResponsesList
                assignmentId={a.id}
                responses={page.items}
                compare={compare}
                canDecide={isHiringManager}
              />
            )}
          </QueryView>
        ) : null}
        {tab === 'compare' ? (
          <CompareView
            assignment={a}
            interimIds={compare.selected}
            responses={responses.data?.items ?? []}
            matches={matches.data ?? []}
            onRemove={compare.toggle}
          />
        ) : null}
      </div>
    </>
  );
}
