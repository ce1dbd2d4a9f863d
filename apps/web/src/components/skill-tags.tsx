import { useI18n } from '../i18n/i18n';

/** Required skills as tags: must-haves marked, the weight as dots. */
export function SkillTags({
  skills,
}: {
  skills: { name: string; weight: number; mustHave: boolean }[];
}) {
  const { t } = useI18n();
  if (!skills.length) return <p className="muted">{t.assignment.noSkills}</p>;
  return (
    <ul className="tag-list plain-list">
      {skills.map((s) => (
        <li key={s.name} className={`tag ${s.mustHave ? 'must' : ''}`}>
          {s.name}
          <span className="subtle small" aria-label={t.assignment.weightLabel(s.weight)}>
            {'●'.repeat(s.weight)}
          </span>
          {s.mustHave ? <span className="visually-hidden">({t.assignment.must})</span> : null}
        </li>
      ))}
    </ul>
  );
}
