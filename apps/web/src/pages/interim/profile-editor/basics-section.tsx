import {
  ChipGroup,
  FormSection,
  RadioChips,
  TextAreaField,
  TextField,
} from '../../../components/forms';
import { useI18n } from '../../../i18n/i18n';
import { LANGUAGE_CODES } from '../../../lib/catalogue';
import type { SectionProps } from './section-props';

/** Headline, summary, where they work from and in which languages. */
export function BasicsSection({ draft, set, errors }: SectionProps) {
  const { t } = useI18n();
  return (
    <FormSection id="p-basics" title={t.profile.sections.basics}>
      <TextField
        label={t.profile.fields.headline}
        name="headline"
        value={draft.headline}
        onChange={(e) => set('headline', e.target.value)}
        placeholder={t.profile.placeholders.headline}
        error={errors.headline}
      />
      <TextAreaField
        label={t.profile.fields.summary}
        name="summary"
        optional
        rows={5}
        value={draft.summary}
        onChange={(e) => set('summary', e.target.value)}
        placeholder={t.profile.placeholders.summary}
        error={errors.summary}
      />
      <div className="form-grid three">
        <TextField
          label={t.assignment.fields.city}
          name="city"
          value={draft.city}
          onChange={(e) => set('city', e.target.value)}
          error={errors.location}
        />
        <TextField
          label={t.assignment.fields.country}
          name="country"
          maxLength={2}
          value={draft.country}
          onChange={(e) => set('country', e.target.value)}
          hint={t.assignment.countryHint}
        />
        <TextField
          label={t.profile.fields.maxTravelKm}
          name="maxTravelKm"
          type="number"
          optional
          min={0}
          value={draft.maxTravelKm}
          onChange={(e) => set('maxTravelKm', e.target.value)}
          addon="km"
          error={errors.maxTravelKm}
        />
      </div>
      <RadioChips
        legend={t.profile.fields.remotePreference}
        name="remotePreference"
        options={(['remote', 'hybrid', 'onsite'] as const).map((r) => ({
          value: r,
          label: t.profile.remote[r],
        }))}
        value={draft.remotePreference}
        onChange={(r) => set('remotePreference', r)}
      />
      <ChipGroup
        legend={t.assignment.fields.languages}
        options={LANGUAGE_CODES.map((c) => ({ value: c, label: t.languageNames[c] ?? c }))}
        value={draft.languages}
        onChange={(v) => set('languages', v)}
        error={errors.languages}
      />
    </FormSection>
  );
}
