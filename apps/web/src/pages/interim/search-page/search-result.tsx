import { Link } from 'react-router-dom';
import type { Schemas } from '../../../api/client';
import { useI18n } from '../../../i18n/i18n';
import { useAssignmentKinds, useSectors } from '../../../lib/catalogue';

/** One published assignment in the results: title, client, top skills and the practicalities. */
export function SearchResult({
  assignment: a,
}: {
  assignment: Schemas['AssignmentSearchPage']['items'][number];
}) {
  const { t, date, relative } = useI18n();
  const sectors = useSectors();
  const kinds = useAssignmentKinds();
  return (
    <li className="list-item">
      <div className="grow stack-sm">
        <div className="row between top">
          <div>
            <Link to={`/assignments/${a.id}`} className="link-strong text-md">
              {a.title}
            </Link>
            <div className="small muted">
              {[a.organisationName, kinds.label(a.assignmentKind), sectors.label(a.sector)]
                .filter((x) => x && x !== '—')
                .join(' · ')}
            </div>
          </div>
          {a.publishedAt ? (
            <span className="small subtle nowrap">{relative(a.publishedAt)}</span>
          ) : null}
        </div>
        <ul className="tag-list plain-list">
          {a.skills.slice(0, 5).map((sk) => (
            <li key={sk.name} className={`tag ${sk.mustHave ? 'must' : ''}`}>
              {sk.name}
            </li>
          ))}
        </ul>
        <div className="row small muted">
          <span>
            {date(a.startDate)} – {date(a.endDate)}
          </span>
          {a.hoursPerWeek ? <span>{t.common.hoursPerWeek(a.hoursPerWeek)}</span> : null}
          {a.city ? <span>{a.city}</span> : null}
          <span>{t.assignment.remotePct(a.remoteShare)}</span>
        </div>
      </div>
    </li>
  );
}
