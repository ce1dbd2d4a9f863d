import type { Schemas } from '../../../api/client';
import { SkillTags } from '../../../components/skill-tags';
import { useI18n } from '../../../i18n/i18n';
import { Fact } from './fact';

type Assignment = Schemas['AssignmentView'];

/** The description and skills, with the facts (period, hours, place, budget) beside them. */
export function Overview({ assignment: a }: { assignment: Assignment }) {
  const { t } = useI18n();
  return (
    <div className="layout-aside">
      <div className="stack">
        <section className="card card-body stack-sm" aria-labelledby="desc-heading">
          <h2 id="desc-heading" className="text-md">
            {t.assignment.fields.description}
          </h2>
          {a.description ? (
            <p className="pre-line">{a.description}</p>
          ) : (
            <p className="muted">{t.assignment.noDescription}</p>
          )}
        </section>
        <section className="card card-body stack-sm" aria-labelledby="skills-heading">
          <h2 id="skills-heading" className="text-md">
            {t.assignment.sections.skills}
          </h2>
          <SkillTags skills={a.requiredSkills} />
        </section>
      </div>
      <Facts assignment={a} />
    </div>
  );
}

function Facts({ assignment: a }: { assignment: Assignment }) {
  const { t, date, money } = useI18n();
  return (
    <aside className="card card-body stack">
      <Fact icon="calendar" label={t.assignment.period}>
        {date(a.startDate)} – {date(a.endDate)}
      </Fact>
      <Fact icon="clock" label={t.assignment.fields.hours}>
        {a.hoursPerWeek ? t.common.hoursPerWeek(a.hoursPerWeek) : '—'}
      </Fact>
      <Fact icon="pin" label={t.assignment.location}>
        {[a.location.city, a.location.country].filter(Boolean).join(', ') || '—'} ·{' '}
        {t.assignment.remotePct(a.remoteShare)}
      </Fact>
      <Fact icon="globe" label={t.assignment.fields.languages}>
        {a.languages.map((l) => t.languageNames[l] ?? l).join(', ') || '—'}
      </Fact>
      <Fact icon="euro" label={t.assignment.fields.maxDayRate}>
        {money(a.maxDayRate)}
      </Fact>
      {a.budgetChanges.length ? (
        <div className="stack-sm">
          <p className="small muted">{t.assignment.budgetHistory}</p>
          <ul className="small subtle">
            {a.budgetChanges.map((c) => (
              <li key={c.at}>
                {date(c.at)}:{' '}
                {t.assignment.budgetChange(
                  money(c.fromMaxDayRate),
                  money(c.toMaxDayRate),
                  c.changedByName ?? '—',
                )}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {a.publishedAt ? (
        <p className="small subtle">{t.assignment.publishedOn(date(a.publishedAt))}</p>
      ) : null}
    </aside>
  );
}
