import type { Schemas } from '../../../api/client';
import { FormSection } from '../../../components/forms';
import { SkillAutocomplete } from '../../../components/skill-autocomplete';
import { RemoveButton } from '../../../components/ui';
import { useI18n } from '../../../i18n/i18n';
import { skillRecognition } from '../../../lib/profile-draft';
import type { SkillRow } from '../../../lib/profile-draft';
import { addNamed, removeAt, updateAt } from '../../../lib/rows';
import type { SectionProps } from './section-props';

type Resolution = Schemas['ProfileSkillResolutionView'];

/** The skills with level and years; after saving, how the API recognised each. */
export function SkillsSection({
  draft,
  set,
  errors,
  resolutions,
}: SectionProps & { resolutions: Resolution[] }) {
  const { t, lang } = useI18n();
  const skills = draft.skills;
  const setSkills = (next: SkillRow[]) => set('skills', next);
  return (
    <FormSection
      id="p-skills"
      title={t.profile.sections.skills}
      aside={<span className="small muted">{t.assignment.skillsCount(skills.length)}</span>}
    >
      <SkillAutocomplete
        label={t.assignment.fields.addSkill}
        placeholder={lang === 'nl' ? 'bijv. verandermanagement' : 'e.g. change management'}
        exclude={skills.map((s) => s.name)}
        onPick={(name) => setSkills(addNamed(skills, { name, level: 3, years: '5' }))}
      />
      {errors.skills ? (
        <span className="field-error" data-field-error>
          {errors.skills}
        </span>
      ) : null}
      {skills.length ? (
        <div className="table-wrap card">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t.assignment.fields.skill}</th>
                <th scope="col">{t.profile.fields.level}</th>
                <th scope="col">{t.profile.fields.years}</th>
                <th scope="col">
                  <span className="visually-hidden">{t.common.remove}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {skills.map((s, i) => (
                <SkillTableRow
                  key={s.name}
                  skill={s}
                  resolution={resolutions.find(
                    (r) => r.input.toLowerCase() === s.name.toLowerCase(),
                  )}
                  invalid={Boolean(errors.skills)}
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

function SkillTableRow({
  skill: s,
  resolution,
  invalid,
  onChange,
  onRemove,
}: {
  skill: SkillRow;
  resolution: Resolution | undefined;
  invalid: boolean;
  onChange: (patch: Partial<SkillRow>) => void;
  onRemove: () => void;
}) {
  const { t } = useI18n();
  const recognition = resolution ? skillRecognition(s.name, resolution) : null;
  return (
    <tr>
      <td>
        <strong>{s.name}</strong>
        {recognition ? (
          <div className="small subtle">
            {recognition.kind === 'freeText'
              ? t.skills.freeText
              : recognition.kind === 'recognisedAs'
                ? `${t.skills.recognisedAs} ${recognition.label}`
                : t.skills.recognised}
          </div>
        ) : null}
      </td>
      <td className="col-level">
        <select
          className="select"
          value={s.level}
          aria-label={t.profile.levelFor(s.name)}
          onChange={(e) => onChange({ level: Number(e.target.value) })}
        >
          {[1, 2, 3, 4, 5].map((l) => (
            <option key={l} value={l}>
              {l} · {t.profile.levels[l - 1]}
            </option>
          ))}
        </select>
      </td>
      <td className="col-years">
        <input
          className="input"
          type="number"
          min={0}
          max={60}
          value={s.years}
          aria-label={t.profile.yearsFor(s.name)}
          aria-invalid={invalid ? true : undefined}
          onChange={(e) => onChange({ years: e.target.value })}
        />
      </td>
      <td className="num">
        <RemoveButton label={`${t.common.remove} ${s.name}`} onClick={onRemove} />
      </td>
    </tr>
  );
}
