import { useState } from 'react';
import { EmptyState } from '../../../components/ui';
import { useI18n } from '../../../i18n/i18n';
import { MAX_COMPARE, isInPlay } from '../../../lib/responses';
import type { Response } from '../../../lib/responses';
import { RejectDialog } from './reject-dialog';
import { ResponseCard } from './response-card';
import { SelectDialog } from './select-dialog';
import type { CompareSelection } from './use-compare-selection';
import { useDecideResponse } from './use-decide-response';

/** The responses to an assignment, those in play first, with the hiring manager's decisions. */
export function ResponsesList({
  assignmentId,
  responses,
  compare,
  canDecide,
}: {
  assignmentId: string;
  responses: Response[];
  compare: CompareSelection;
  canDecide: boolean;
}) {
  const { t } = useI18n();
  const [rejecting, setRejecting] = useState<Response | null>(null);
  const [selecting, setSelecting] = useState<Response | null>(null);
  const [filter, setFilter] = useState<'active' | 'all'>('active');
  const decide = useDecideResponse(assignmentId, () => {
    setRejecting(null);
    setSelecting(null);
  });

  const active = responses.filter(isInPlay);
  const shown = filter === 'active' ? active : responses;
  const hasSelected = responses.some((r) => r.status === 'selected');

  if (!responses.length)
    return (
      <div className="card">
        <EmptyState icon="inbox" title={t.responses.emptyTitle}>
          {t.responses.emptyBody}
        </EmptyState>
      </div>
    );

  return (
    <div className="stack">
      <div className="row between">
        <div className="tabs tabs-flush" role="group" aria-label={t.dashboard.filter}>
          <button
            type="button"
            className="tab"
            aria-pressed={filter === 'active'}
            onClick={() => setFilter('active')}
          >
            {t.responses.inPlay} <span className="count">{active.length}</span>
          </button>
          <button
            type="button"
            className="tab"
            aria-pressed={filter === 'all'}
            onClick={() => setFilter('all')}
          >
            {t.common.all} <span className="count">{responses.length}</span>
          </button>
        </div>
        <span className="small muted">{t.responses.compareHint(MAX_COMPARE)}</span>
      </div>
      {shown.map((r) => (
        <ResponseCard
          key={r.id}
          assignmentId={assignmentId}
          response={r}
          compared={compare.selected.includes(r.interim.id)}
          onToggleCompare={() => compare.toggle(r.interim.id)}
          canDecide={canDecide}
          canSelect={!hasSelected}
          busy={decide.isPending}
          onShortlist={() => decide.mutate({ response: r, action: 'shortlist' })}
          onSelect={() => setSelecting(r)}
          onReject={() => setRejecting(r)}
        />
      ))}
      <RejectDialog
        response={rejecting}
        busy={decide.isPending}
        onClose={() => setRejecting(null)}
        onConfirm={(reason, note) =>
          rejecting && decide.mutate({ response: rejecting, action: 'reject', reason, note })
        }
      />
      <SelectDialog
        response={selecting}
        busy={decide.isPending}
        onClose={() => setSelecting(null)}
        onConfirm={() => selecting && decide.mutate({ response: selecting, action: 'select' })}
      />
    </div>
  );
}
