import { FormSection, SelectField, TextAreaField, TextField } from '../../../components/forms';
import { useI18n } from '../../../i18n/i18n';
import { useAssignmentKinds, useSectors } from '../../../lib/catalogue';
import type { AssignmentKind, Sector } from '../../../lib/catalogue';
import type { SectionProps } from './section-props';

/** Title, description, kind and sector. */
export function BasicsSection({ draft, set, errors }: SectionProps) {
  const { t } = useI18n();
  const sectors = useSectors();
  const kinds = useAssignmentKinds();
  return (
    <FormSection id="sec-basics" title={t.assignment.sections.basics}>
      <TextField
        label={t.assignment.fields.title}
        name="title"
        required
        value={draft.title}
        onChange={(e) => set('title', e.target.value)}
        placeholder={t.assignment.placeholders.title}
        error={errors.title}
      />
      <TextAreaField
        label={t.assignment.fields.description}
        name="description"
        rows={6}
        value={draft.description}
        onChange={(e) => set('description', e.target.value)}
        placeholder={t.assignment.placeholders.description}
        error={errors.description}
      />
      <div className="form-grid">
        <SelectField
          label={t.assignment.fields.kind}
          name="assignmentKind"
          value={draft.assignmentKind}
          onChange={(e) => set('assignmentKind', e.target.value as AssignmentKind | '')}
          options={kinds.options}
          placeholder={t.assignment.placeholders.choose}
          error={errors.assignmentKind}
        />
        <SelectField
          label={t.assignment.fields.sector}
          name="sector"
          value={draft.sector}
          onChange={(e) => set('sector', e.target.value as Sector | '')}
          options={sectors.options}
          placeholder={t.assignment.placeholders.choose}
          error={errors.sector}
        />
      </div>
    </FormSection>
  );
}
