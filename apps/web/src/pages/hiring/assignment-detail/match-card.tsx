import { Link } from 'react-router-dom';
import { Icon } from '../../../components/icons';
import { Explanation } from '../../../components/match-explanation';
import { Breakdown } from '../../../components/score-breakdown';
import { Badge, ScoreBar } from '../../../components/ui';
import { useI18n } from '../../../i18n/i18n';
import { useSectors } from '../../../lib/catalogue';
import type { MatchView } from '../../../lib/matches';

/** One ranked candidate: who, score and why, and the invite or compare actions. */
export function MatchCard({
  assignmentId,
  match: m,
  rank,
  compared,
  onToggleCompare,
  invite,
}: {
  assignmentId: string;
  match: MatchView;
  rank: number;
  compared: boolean;
  onToggleCompare: () => void;
  /** Null when the caller cannot invite; `done` once invited. */
  invite: { done: boolean; start: () => void } | null;
}) {
  const { t, date } = useI18n();
  const sectors = useSectors();
  const name = m.interim.headline || t.matches.anonymous;
  return (
    <li className="card">
      <article className="card-body stack" aria-labelledby={`match-${m.interim.id}`}>
        <div className="row between top">
          <div className="row top nowrap">
            <span className="rank" aria-label={t.matches.rank(rank)}>
              {rank}
            </span>
            <div>
              <h3 id={`match-${m.interim.id}`} className="text-md">
                <Link to={`/candidates/${m.interim.id}?assignment=${assignmentId}`}>{name}</Link>
              </h3>
              <div className="small muted">
                {[
                  m.interim.city,
                  m.interim.availableFrom
                    ? `${t.responses.availableFrom} ${date(m.interim.availableFrom)}`
                    : null,
                  m.interim.sectors.map((s) => sectors.label(s)).join(', '),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </div>
            </div>
          </div>
          <div className="row">
            {m.rateWithinBudget ? (
              <Badge tone="success">{t.responses.withinBudget}</Badge>
            ) : (
              <Badge tone="warning">{t.matches.ratePartlyAbove}</Badge>
            )}
          </div>
        </div>
        <div className="grid-2">
          <div className="stack-sm">
            <div className="row between">
              <span className="small muted">{t.matches.score}</span>
            </div>
            <div className="score">
              <span className="score-value lg">{Math.round(m.score)}</span>
              <ScoreBar value={m.score} label={t.matches.scoreOf(name)} />
            </div>
            <Breakdown breakdown={m.breakdown} />
          </div>
          <div className="stack-sm">
            <span className="small muted">{t.matches.why}</span>
            <Explanation match={m} />
          </div>
        </div>
        <div className="btn-row end">
          <label className="checkbox small">
            <input type="checkbox" checked={compared} onChange={onToggleCompare} />
            {t.responses.compare}
          </label>
          {invite ? (
            invite.done ? (
              <Badge tone="brand">{t.matches.invitedBadge}</Badge>
            ) : (
              <button type="button" className="btn btn-primary btn-sm" onClick={invite.start}>
                <Icon name="send" width={16} height={16} /> {t.matches.invite}
              </button>
            )
          ) : null}
        </div>
      </article>
    </li>
  );
}
