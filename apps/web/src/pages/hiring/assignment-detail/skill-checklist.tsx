import type { Schemas } from '../../../api/client';
import { useI18n } from '../../../i18n/i18n';
import { sameSkill } from '../../../lib/profiles';

/** The assignment's required skills, ticked where the candidate's profile has them. */
export function SkillChecklist({
  required,
  profile,
}: {
  required: Schemas['AssignmentView']['requiredSkills'];
  profile: Schemas['ClientProfileView'] | undefined;
}) {
  const { t } = useI18n();
  return (
    <ul className="checklist">
      {required.map((req) => {
        const has = profile?.skills.find((s) => sameSkill(s, req));
        return (
          <li key={req.name} className={has ? 'yes' : 'no'}>
            <span className="visually-hidden">{has ? t.compare.has : t.compare.lacks}</span>
            <span>
              {req.name}
              {has ? (
                <span className="subtle"> · {t.compare.levelYears(has.level, has.years)}</span>
              ) : null}
              {req.mustHave && !has ? <strong> ({t.assignment.must})</strong> : null}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
