import { ChipGroup, FormSection, TextField } from '../../../components/forms';
import { PeriodFields } from '../../../components/period-fields';
import { useI18n } from '../../../i18n/i18n';
import { LANGUAGE_CODES } from '../../../lib/catalogue';
import type { SectionProps } from './section-props';

/** Period, hours, place, share of remote work and languages. */
export function WhenSection({ draft, set, errors }: SectionProps) {
  const { t } = useI18n();
  return (
    <FormSection id="sec-when" title={t.assignment.sections.when}>
      <div className="form-grid three">
        <PeriodFields value={draft} onChange={set} errors={errors} />
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
        <div className="field">
          <label className="field-label" htmlFor="remote-share">
            {t.assignment.fields.remoteShare}: <span className="tabular">{draft.remoteShare}%</span>
          </label>
          <input
            id="remote-share"
            type="range"
            className="range"
            min={0}
            max={100}
            step={10}
            value={draft.remoteShare}
            onChange={(e) => set('remoteShare', Number(e.target.value))}
            aria-valuetext={`${draft.remoteShare}%`}
          />
          {errors.remoteShare ? (
            <span className="field-error" data-field-error>
              {errors.remoteShare}
            </span>
          ) : null}
        </div>
      </div>
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
