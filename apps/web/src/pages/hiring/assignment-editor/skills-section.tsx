import { FormSection } from '../../../components/forms';
import { SkillAutocomplete } from '../../../components/skill-autocomplete';
import { RemoveButton } from '../../../components/ui';
import { useI18n } from '../../../i18n/i18n';
import type { SkillRow } from '../../../lib/assignment-draft';
import { addNamed, removeAt, updateAt } from '../../../lib/rows';
import type { SectionProps } from './section-props';

/** The required skills, each weighted and marked must-have or nice-to-have. */
export function SkillsSection({ draft, set, errors }: SectionProps) {
  const { t, lang } = useI18n();
  const skills = draft.requiredSkills;
  const setSkills = (next: SkillRow[]) => set('requiredSkills', next);
  return (
    <FormSection
      id="sec-skills"
      title={t.assignment.sections.skills}
      aside={<span className="small muted">{t.assignment.skillsCount(skills.length)}</span>}
    >
      <p className="muted small">{t.assignment.skillsLead}</p>
      <SkillAutocomplete
        label={t.assignment.fields.addSkill}
        placeholder={lang === 'nl' ? 'bijv. financieel management' : 'e.g. financial management'}
        exclude={skills.map((s) => s.name)}
        onPick={(name) =>
          // The first skill is a must-have: an assignment rarely has none.
          setSkills(addNamed(skills, { name, weight: 3, mustHave: skills.length === 0 }))
        }
      />
      {errors.requiredSkills ? (
        <span className="field-error" data-field-error>
          {errors.requiredSkills}
        </span>
      ) : null}
      {skills.length ? (
        <div className="table-wrap card">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t.assignment.fields.skill}</th>
                <th scope="col">{t.assignment.fields.weight}</th>
                <th scope="col">{t.assignment.fields.mustHave}</th>
                <th scope="col">
                  <span className="visually-hidden">{t.common.remove}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {skills.map((s, i) => (
                <RequiredSkillRow
                  key={s.name}
                  skill={s}
                  onChange={(patch) => setSkills(updateAt(skills, i, patch))}
                  onRemove={() => setSkills(removeAt(skills, i))}
                />
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </FormSection>
  );
}

function RequiredSkillRow({
  skill: s,
  onChange,
  onRemove,
}: {
  skill: SkillRow;
  onChange: (patch: Partial<SkillRow>) => void;
  onRemove: () => void;
}) {
  const { t } = useI18n();
  return (
    <tr>
      <td>
        <strong>{s.name}</strong>
      </td>
      <td className="col-weight">
        <div className="row nowrap">
          <input
            type="range"
            className="range"
            min={1}
            max={5}
            value={s.weight}
            aria-label={t.assignment.weightFor(s.name)}
            onChange={(e) => onChange({ weight: Number(e.target.value) })}
          />
          <span className="tabular" aria-hidden="true">
            {s.weight}
          </span>
        </div>
      </td>
      <td>
        <label className="toggle">
          <input
            type="checkbox"
            checked={s.mustHave}
            onChange={(e) => onChange({ mustHave: e.target.checked })}
            aria-label={t.assignment.mustHaveFor(s.name)}
          />
          <span aria-hidden="true">{s.mustHave ? t.assignment.must : t.assignment.nice}</span>
        </label>
      </td>
      <td className="num">
        <RemoveButton label={`${t.common.remove} ${s.name}`} onClick={onRemove} />
      </td>
    </tr>
  );
}
