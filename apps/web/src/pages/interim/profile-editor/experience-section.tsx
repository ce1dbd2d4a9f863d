import { ChipGroup, FormSection } from '../../../components/forms';
import { useI18n } from '../../../i18n/i18n';
import { useAssignmentKinds, useSectors } from '../../../lib/catalogue';
import type { SectionProps } from './section-props';

/** The sectors and kinds of assignment they have done. */
export function ExperienceSection({ draft, set, errors }: SectionProps) {
  const { t } = useI18n();
  const sectors = useSectors();
  const kinds = useAssignmentKinds();
  return (
    <FormSection id="p-experience" title={t.profile.sections.experience}>
      <ChipGroup
        legend={t.profile.fields.sectors}
        options={sectors.options}
        value={draft.sectors}
        onChange={(v) => set('sectors', v)}
        error={errors.sectors}
      />
      <ChipGroup
        legend={t.profile.fields.kinds}
        options={kinds.options}
        value={draft.assignmentKinds}
        onChange={(v) => set('assignmentKinds', v)}
        error={errors.assignmentKinds}
      />
    </FormSection>
  );
}
