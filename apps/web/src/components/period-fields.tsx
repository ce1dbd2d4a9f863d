import { TextField } from './forms';
import { useI18n } from '../i18n/i18n';

type PeriodKey = 'startDate' | 'endDate' | 'hoursPerWeek';

/**
 * Start, end and hours per week: the same three fields, with the same names and checks, on the
 * assignment and on the contract drawn up from it.
 */
export function PeriodFields({
  value,
  onChange,
  errors,
}: {
  value: Record<PeriodKey, string>;
  onChange: (key: PeriodKey, value: string) => void;
  errors: Record<string, string>;
}) {
  const { t } = useI18n();
  return (
    <>
      <TextField
        label={t.assignment.fields.startDate}
        type="date"
        name="startDate"
        value={value.startDate}
        onChange={(e) => onChange('startDate', e.target.value)}
        error={errors.startDate}
      />
      <TextField
        label={t.assignment.fields.endDate}
        type="date"
        name="endDate"
        value={value.endDate}
        onChange={(e) => onChange('endDate', e.target.value)}
        error={errors.endDate}
      />
      <TextField
        label={t.assignment.fields.hours}
        type="number"
        name="hoursPerWeek"
        min={1}
        max={60}
        value={value.hoursPerWeek}
        onChange={(e) => onChange('hoursPerWeek', e.target.value)}
        addon={t.assignment.hoursAddon}
        error={errors.hoursPerWeek}
      />
    </>
  );
}
