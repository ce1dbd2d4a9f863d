import type { Schemas } from '../../../api/client';
import { Stat } from '../../../components/ui';
import { useI18n } from '../../../i18n/i18n';
import type { ResponseCounts } from '../../../lib/responses';

/** Open, waiting, draft and filled at a glance. */
export function DashboardStats({
  assignments,
  counts,
}: {
  assignments: Schemas['AssignmentView'][];
  counts: Map<string, ResponseCounts>;
}) {
  const { t } = useI18n();
  const byStatus = (s: string) => assignments.filter((a) => a.status === s).length;
  const waiting = [...counts.values()].reduce((n, c) => n + c.waiting, 0);
  const responses = [...counts.values()].reduce((n, c) => n + c.total, 0);
  return (
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
  );
}
