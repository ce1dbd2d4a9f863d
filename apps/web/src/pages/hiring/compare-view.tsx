import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import type { Schemas } from '../../api/client';
import { CredentialStatus, ResponseStatus } from '../../components/status';
import { Avatar, EmptyState, Loading, RemoveButton, Score } from '../../components/ui';
import { useI18n } from '../../i18n/i18n';
import { useSectors } from '../../lib/catalogue';
import type { MatchView } from '../../lib/matches';
import { useClientProfiles } from '../../api/queries';
import { sameSkill } from '../../lib/profiles';
import { Breakdown, Explanation } from './matches-tab';
import { proposedRate } from '../../lib/responses';

type Response = Schemas['ResponsePageView']['items'][number];

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
  const { t, date, money } = useI18n();
  const sectors = useSectors();
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

  const columns = interimIds.map((id, i) => ({
    id,
    profile: profiles[i]?.data,
    response: responses.find((r) => r.interim.id === id),
    match: matches.find((m) => m.interim.id === id),
  }));

  return (
    <div className="card table-wrap">
      <table className="table compare-table">
        <caption className="visually-hidden">{t.compare.caption(assignment.title)}</caption>
        <thead>
          <tr>
            <td aria-hidden="true" />
            {columns.map((c) => {
              const name =
                c.profile?.displayName ??
                c.response?.interim.displayName ??
                c.match?.interim.headline ??
                '—';
              return (
                <th scope="col" key={c.id}>
                  <div className="row between top nowrap">
                    <div className="row nowrap">
                      <Avatar name={name} size="sm" />
                      <div>
                        <Link to={`/candidates/${c.id}?assignment=${assignment.id}`}>{name}</Link>
                        <div className="small muted weight-normal">{c.profile?.headline ?? ''}</div>
                      </div>
                    </div>
                    <RemoveButton label={t.compare.remove(name)} onClick={() => onRemove(c.id)} />
                  </div>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
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
          <CompareRow
            columns={columns}
            label={t.compare.requiredSkills}
            render={(c) => (
              <ul className="checklist">
                {assignment.requiredSkills.map((req) => {
                  const has = c.profile?.skills.find((s) => sameSkill(s, req));
                  return (
                    <li key={req.name} className={has ? 'yes' : 'no'}>
                      <span className="visually-hidden">
                        {has ? t.compare.has : t.compare.lacks}
                      </span>
                      <span>
                        {req.name}
                        {has ? (
                          <span className="subtle">
                            {' '}
                            · {t.compare.levelYears(has.level, has.years)}
                          </span>
                        ) : null}
                        {req.mustHave && !has ? <strong> ({t.assignment.must})</strong> : null}
                      </span>
                    </li>
                  );
                })}
              </ul>
            )}
          />
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
          <CompareRow
            columns={columns}
            label={t.responses.rate}
            render={(c) =>
              c.response && proposedRate(c.response) !== null
                ? money(proposedRate(c.response))
                : c.response?.withinBudget != null
                  ? c.response.withinBudget
                    ? t.responses.withinBudget
                    : t.responses.overBudget
                  : c.match
                    ? c.match.rateWithinBudget
                      ? t.responses.withinBudget
                      : t.matches.ratePartlyAbove
                    : '—'
            }
          />
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
                  <span className="small muted pre-line">
                    {c.response.motivation.length > 280
                      ? `${c.response.motivation.slice(0, 280)}…`
                      : c.response.motivation}
                  </span>
                </div>
              ) : (
                <span className="subtle">{t.compare.noResponse}</span>
              )
            }
          />
        </tbody>
      </table>
    </div>
  );
}

/** One row of the comparison: a label, then one cell per candidate. */
function CompareRow<C extends { id: string }>({
  label,
  columns,
  render,
}: {
  label: string;
  columns: readonly C[];
  render: (c: C) => ReactNode;
}) {
  return (
    <tr>
      <th scope="row">{label}</th>
      {columns.map((c) => (
        <td key={c.id} className="align-top">
          {render(c)}
        </td>
      ))}
    </tr>
  );
}
