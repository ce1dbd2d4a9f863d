import { Link } from 'react-router-dom';
import type { Schemas } from '../../../api/client';
import { AssignmentStatus } from '../../../components/status';
import { useI18n } from '../../../i18n/i18n';
import { useAssignmentKinds, useSectors } from '../../../lib/catalogue';
import type { ResponseCounts } from '../../../lib/responses';

/** The assignments with status, start, budget and how many responses (new ones marked). */
export function AssignmentsTable({
  assignments,
  counts,
}: {
  assignments: Schemas['AssignmentView'][];
  counts: Map<string, ResponseCounts>;
}) {
  const { t, date, money } = useI18n();
  const kinds = useAssignmentKinds();
  const sectors = useSectors();
  return (
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
          {assignments.map((a) => {
            const c = counts.get(a.id);
            return (
              <tr key={a.id}>
                <td>
                  <Link to={`/assignments/${a.id}`}>{a.title}</Link>
                  <div className="small muted">
                    {[kinds.label(a.assignmentKind), sectors.label(a.sector), a.location.city]
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
  );
}
