import type { Schemas } from '../../../api/client';
import { useClientProfiles } from '../../../api/queries';
import { Explanation } from '../../../components/match-explanation';
import { Breakdown } from '../../../components/score-breakdown';
import { CredentialStatus, ResponseStatus } from '../../../components/status';
import { EmptyState, Loading, Score } from '../../../components/ui';
import { useI18n } from '../../../i18n/i18n';
import { useSectors } from '../../../lib/catalogue';
import { compareRate, excerpt } from '../../../lib/compare';
import type { MatchView } from '../../../lib/matches';
import type { Response } from '../../../lib/responses';
import type { CompareColumn } from './compare-column';
import { CompareHeader } from './compare-header';
import { CompareRow } from './compare-row';
import { SkillChecklist } from './skill-checklist';

/** Up to three candidates side by side: score, skills against the requirements, availability, rate. */
export function CompareView({
  assignment,
  interimIds,
  responses,
  matches,
  onRemove,
}: {
  assignment: Schemas['AssignmentView'];
  interimIds: string[];
  responses: Response[];
  matches: MatchView[];
  onRemove: (id: string) => void;
}) {
  const { t } = useI18n();
  const profiles = useClientProfiles(interimIds);

  if (!interimIds.length)
    return (
      <div className="card">
        <EmptyState icon="compare" title={t.compare.emptyTitle}>
          {t.compare.emptyBody}
        </EmptyState>
      </div>
    );
  if (profiles.some((p) => p.isPending)) return <Loading />;

  const columns: CompareColumn[] = interimIds.map((id, i) => ({
    id,
    profile: profiles[i]?.data,
    response: responses.find((r) => r.interim.id === id),
    match: matches.find((m) => m.interim.id === id),
  }));

  return (
    <div className="card table-wrap">
      <table className="table compare-table">
        <caption className="visually-hidden">{t.compare.caption(assignment.title)}</caption>
        <CompareHeader assignmentId={assignment.id} columns={columns} onRemove={onRemove} />
        <tbody>
          <QualityRows columns={columns} />
          <CompareRow
            columns={columns}
            label={t.compare.requiredSkills}
            render={(c) => (
              <SkillChecklist required={assignment.requiredSkills} profile={c.profile} />
            )}
          />
          <ProfileRows columns={columns} />
        </tbody>
      </table>
    </div>
  );
}

/** Score, its breakdown and why. */
function QualityRows({ columns }: { columns: CompareColumn[] }) {
  const { t } = useI18n();
  return (
    <>
      <CompareRow
        columns={columns}
        label={t.matches.score}
        render={(c) =>
          c.match ? (
            <Score value={c.match.score} label={t.matches.score} />
          ) : c.response?.matchScore != null ? (
            <Score value={c.response.matchScore} label={t.matches.score} />
          ) : (
            <span className="subtle">{t.responses.notScored}</span>
          )
        }
      />
      <CompareRow
        columns={columns}
        label={t.compare.breakdown}
        render={(c) => (c.match ? <Breakdown breakdown={c.match.breakdown} /> : '—')}
      />
      <CompareRow
        columns={columns}
        label={t.matches.why}
        render={(c) => (c.match ? <Explanation match={c.match} /> : '—')}
      />
    </>
  );
}

/** Credentials, availability, hours, rate, sectors and the response itself. */
function ProfileRows({ columns }: { columns: CompareColumn[] }) {
  const { t, date, money } = useI18n();
  const sectors = useSectors();
  const rateText = (c: CompareColumn) => {
    const cell = compareRate(c.response, c.match);
    if (cell.kind === 'amount') return money(cell.amount);
    if (cell.kind === 'withinBudget') return t.responses.withinBudget;
    if (cell.kind === 'overBudget') return t.responses.overBudget;
    if (cell.kind === 'partlyAbove') return t.matches.ratePartlyAbove;
    return '—';
  };
  return (
    <>
      <CompareRow
        columns={columns}
        label={t.compare.credentials}
        render={(c) =>
          c.profile?.credentials.length ? (
            <div className="stack-sm">
              {c.profile.credentials.map((cr) => (
                <div key={`${cr.type}-${cr.validUntil}`} className="row gap-tight">
                  <strong>{cr.type}</strong> <CredentialStatus status={cr.status} />
                  <span className="small subtle">{t.compare.until(date(cr.validUntil))}</span>
                </div>
              ))}
            </div>
          ) : (
            <span className="subtle">{t.common.none}</span>
          )
        }
      />
      <CompareRow
        columns={columns}
        label={t.responses.availableFrom}
        render={(c) => date(c.response?.availableFrom ?? c.profile?.availableFrom ?? null)}
      />
      <CompareRow
        columns={columns}
        label={t.compare.hours}
        render={(c) =>
          c.profile
            ? `${c.profile.hoursPerWeek.min}–${c.profile.hoursPerWeek.max} ${t.assignment.hoursAddon}`
            : '—'
        }
      />
      <CompareRow columns={columns} label={t.responses.rate} render={rateText} />
      <CompareRow
        columns={columns}
        label={t.compare.sectors}
        render={(c) => c.profile?.sectors.map((s) => sectors.label(s)).join(', ') || '—'}
      />
      <CompareRow
        columns={columns}
        label={t.compare.response}
        render={(c) =>
          c.response ? (
            <div className="stack-sm">
              <ResponseStatus status={c.response.status} />
              <span className="small muted pre-line">{excerpt(c.response.motivation)}</span>
            </div>
          ) : (
            <span className="subtle">{t.compare.noResponse}</span>
          )
        }
      />
    </>
  );
}
