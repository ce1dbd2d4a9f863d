import { Link } from 'react-router-dom';
import { Icon } from '../../../components/icons';
import { ResponseStatus } from '../../../components/status';
import { Avatar, Badge, Score } from '../../../components/ui';
import { useI18n } from '../../../i18n/i18n';
import { awaitsDecision, proposedRate } from '../../../lib/responses';
import type { Response } from '../../../lib/responses';

/** One response: the candidate, score, availability, rate, motivation and the decisions left. */
export function ResponseCard({
  assignmentId,
  response: r,
  compared,
  onToggleCompare,
  canDecide,
  canSelect,
  busy,
  onShortlist,
  onSelect,
  onReject,
}: {
  assignmentId: string;
  response: Response;
  compared: boolean;
  onToggleCompare: () => void;
  canDecide: boolean;
  /** Selecting is offered while no one else is selected. */
  canSelect: boolean;
  busy: boolean;
  onShortlist: () => void;
  onSelect: () => void;
  onReject: () => void;
}) {
  const { t } = useI18n();
  return (
    <article className="card" aria-labelledby={`resp-${r.id}`}>
      <div className="card-body stack">
        <div className="row between top">
          <div className="row top nowrap">
            <Avatar name={r.interim.displayName} />
            <div>
              <h3 id={`resp-${r.id}`} className="text-md">
                <Link to={`/candidates/${r.interim.id}?assignment=${assignmentId}`}>
                  {r.interim.displayName}
                </Link>
              </h3>
              <div className="small muted">{r.interim.headline ?? t.responses.noHeadline}</div>
            </div>
          </div>
          <div className="row">
            <ResponseStatus status={r.status} />
            <label className="checkbox small">
              <input type="checkbox" checked={compared} onChange={onToggleCompare} />
              {t.responses.compare}
            </label>
          </div>
        </div>
        <ResponseFigures response={r} />
        <blockquote className="muted quote">{r.motivation}</blockquote>
        {r.status === 'rejected' && r.rejectionReason ? (
          <p className="small muted">
            {t.responses.rejectedBecause}: {t.rejectionReasons[r.rejectionReason]}
            {r.rejectionNote ? ` — ${r.rejectionNote}` : ''}
          </p>
        ) : null}
        {canDecide && awaitsDecision(r) ? (
          <div className="btn-row end">
            <button type="button" className="btn btn-danger-outline btn-sm" onClick={onReject}>
              {t.responses.reject}
            </button>
            {r.status === 'submitted' ? (
              <button
                type="button"
                className="btn btn-secondary btn-sm"
                disabled={busy}
                onClick={onShortlist}
              >
                {t.responses.shortlist}
              </button>
            ) : null}
            {r.status === 'shortlisted' && canSelect ? (
              <button type="button" className="btn btn-primary btn-sm" onClick={onSelect}>
                <Icon name="check" width={16} height={16} /> {t.responses.select}
              </button>
            ) : null}
          </div>
        ) : null}
      </div>
    </article>
  );
}

function ResponseFigures({ response: r }: { response: Response }) {
  const { t, date, money } = useI18n();
  const rate = proposedRate(r);
  return (
    <div className="grid-3">
      <div>
        <div className="small muted">{t.responses.matchScore}</div>
        {r.matchScore !== null ? (
          <Score value={r.matchScore} label={t.responses.matchScore} />
        ) : (
          <span className="subtle">{t.responses.notScored}</span>
        )}
      </div>
      <div>
        <div className="small muted">{t.responses.availableFrom}</div>
        <strong>{date(r.availableFrom)}</strong>
      </div>
      <div>
        <div className="small muted">{t.responses.rate}</div>
        {rate !== null ? <strong>{money(rate)} </strong> : null}
        {r.withinBudget === null ? null : r.withinBudget ? (
          <Badge tone="success">{t.responses.withinBudget}</Badge>
        ) : (
          <Badge tone="warning">{t.responses.overBudget}</Badge>
        )}
      </div>
    </div>
  );
}
