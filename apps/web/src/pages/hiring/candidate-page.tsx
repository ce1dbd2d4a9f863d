import { useParams, useSearchParams } from 'react-router-dom';
import { CredentialStatus } from '../../components/status';
import { Avatar, PageHeader, QueryView, useTitle } from '../../components/ui';
import { useI18n } from '../../i18n/i18n';
import { useAssignmentKinds, useSectors } from '../../lib/catalogue';
import { useClientProfile } from '../../api/queries';
import { AvailabilityStrip } from '../interim/availability-strip';

/** An interim manager's profile as client users see it. */
export function CandidatePage() {
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const assignmentId = params.get('assignment');
  const { t, date, money } = useI18n();
  const query = useClientProfile(id);
  const sectors = useSectors();
  const kinds = useAssignmentKinds();
  useTitle(query.data?.displayName ?? t.candidate.title);
  return (
    <QueryView query={query}>
      {(p) => (
        <>
          <PageHeader
            back={
              assignmentId
                ? { to: `/assignments/${assignmentId}`, label: t.candidate.backToAssignment }
                : undefined
            }
            eyebrow={t.candidate.title}
            title={
              <span className="row gap-avatar">
                <Avatar name={p.displayName} size="lg" /> {p.displayName}
              </span>
            }
            description={p.headline}
          />
          <div className="layout-aside">
            <div className="stack">
              {p.summary ? (
                <section className="card card-body stack-sm">
                  <h2 className="text-md">{t.profile.fields.summary}</h2>
                  <p className="pre-line">{p.summary}</p>
                </section>
              ) : null}
              <section className="card" aria-labelledby="cand-skills">
                <div className="card-header">
                  <h2 id="cand-skills">{t.profile.sections.skills}</h2>
                </div>
                <div className="table-wrap">
                  <table className="table">
                    <thead>
                      <tr>
                        <th scope="col">{t.assignment.fields.skill}</th>
                        <th scope="col">{t.profile.fields.level}</th>
                        <th scope="col" className="num">
                          {t.profile.fields.years}
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {p.skills.map((s) => (
                        <tr key={s.name}>
                          <td>{s.name}</td>
                          <td>
                            <span aria-label={t.profile.levelLabel(s.level)}>
                              {'●'.repeat(s.level)}
                              <span className="subtle">{'●'.repeat(5 - s.level)}</span>
                            </span>{' '}
                            <span className="small muted">{t.profile.levels[s.level - 1]}</span>
                          </td>
                          <td className="num">{s.years}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </section>
              <section className="card card-body stack-sm">
                <h2 className="text-md">{t.profile.sections.availability}</h2>
                <AvailabilityStrip periods={p.availability} from={p.availableFrom} />
              </section>
            </div>
            <aside className="card card-body stack">
              <dl className="kv">
                <dt>{t.profile.fields.dayRate}</dt>
                <dd>
                  {money(p.dayRate.min)} – {money(p.dayRate.max)}
                </dd>
                <dt>{t.compare.hours}</dt>
                <dd>
                  {p.hoursPerWeek.min}–{p.hoursPerWeek.max} {t.assignment.hoursAddon}
                </dd>
                <dt>{t.profile.fields.availableFrom}</dt>
                <dd>{date(p.availableFrom)}</dd>
                <dt>{t.assignment.location}</dt>
                <dd>{[p.location.city, p.location.country].filter(Boolean).join(', ') || '—'}</dd>
                <dt>{t.profile.fields.remotePreference}</dt>
                <dd>{t.profile.remote[p.remotePreference]}</dd>
                <dt>{t.assignment.fields.languages}</dt>
                <dd>{p.languages.map((l) => t.languageNames[l] ?? l).join(', ') || '—'}</dd>
              </dl>
              <div className="stack-sm">
                <strong className="small">{t.compare.sectors}</strong>
                <div className="tag-list">
                  {p.sectors.map((s) => (
                    <span className="tag" key={s}>
                      {sectors.label(s)}
                    </span>
                  ))}
                </div>
              </div>
              <div className="stack-sm">
                <strong className="small">{t.profile.fields.kinds}</strong>
                <div className="tag-list">
                  {p.assignmentKinds.map((k) => (
                    <span className="tag" key={k}>
                      {kinds.label(k)}
                    </span>
                  ))}
                </div>
              </div>
              <div className="stack-sm">
                <strong className="small">{t.compare.credentials}</strong>
                {p.credentials.length ? (
                  p.credentials.map((c) => (
                    <div className="row gap-tight" key={`${c.type}-${c.validUntil}`}>
                      <strong>{c.type}</strong> <CredentialStatus status={c.status} />
                      <span className="small subtle">{t.compare.until(date(c.validUntil))}</span>
                    </div>
                  ))
                ) : (
                  <span className="subtle">{t.common.none}</span>
                )}
              </div>
              {p.contact ? (
                <div className="stack-sm">
                  <strong className="small">{t.candidate.contact}</strong>
                  <a href={`mailto:${p.contact.email}`}>{p.contact.email}</a>
                  {p.contact.kvkNumber ? (
                    <span className="small muted">KvK {p.contact.kvkNumber}</span>
                  ) : null}
                </div>
              ) : (
                <p className="small subtle">{t.candidate.contactHidden}</p>
              )}
            </aside>
          </div>
        </>
      )}
    </QueryView>
  );
}
