import { FormSection, TextField } from '../../../components/forms';
import { useI18n } from '../../../i18n/i18n';
import type { SectionProps } from './section-props';

/** Day-rate and hours ranges, and from when they are available. */
export function RatesSection({ draft, set, errors }: SectionProps) {
  const { t } = useI18n();
  return (
    <FormSection id="p-rates" title={t.profile.sections.rates}>
      <div className="form-grid">
        <TextField
          label={t.profile.fields.dayRateMin}
          type="number"
          name="dayRateMin"
          min={1}
          value={draft.dayRateMin}
          onChange={(e) => set('dayRateMin', e.target.value)}
          addon={t.assignment.rateAddon}
          error={errors.dayRate}
        />
        <TextField
          label={t.profile.fields.dayRateMax}
          type="number"
          name="dayRateMax"
          min={1}
          value={draft.dayRateMax}
          onChange={(e) => set('dayRateMax', e.target.value)}
          addon={t.assignment.rateAddon}
        />
        <TextField
          label={t.profile.fields.hoursMin}
          type="number"
          name="hoursMin"
          min={1}
          max={60}
          value={draft.hoursMin}
          onChange={(e) => set('hoursMin', e.target.value)}
          addon={t.assignment.hoursAddon}
          error={errors.hoursPerWeek}
        />
        <TextField
          label={t.profile.fields.hoursMax}
          type="number"
          name="hoursMax"
          min={1}
          max={60}
          value={draft.hoursMax}
          onChange={(e) => set('hoursMax', e.target.value)}
          addon={t.assignment.hoursAddon}
        />
        <TextField
          label={t.profile.fields.availableFrom}
          type="date"
          name="availableFrom"
          optional
          value={draft.availableFrom}
          onChange={(e) => set('availableFrom', e.target.value)}
          error={errors.availableFrom}
        />
      </div>
      <p className="small muted">{t.profile.rateNote}</p>
    </FormSection>
  );
}
