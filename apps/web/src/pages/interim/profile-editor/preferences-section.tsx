import { ChipGroup, FormSection, RadioChips, TextField } from '../../../components/forms';
import { useI18n } from '../../../i18n/i18n';
import { useSectors } from '../../../lib/catalogue';
import type { SectionProps } from './section-props';

/** Notifications, who may see the profile, and the business details for contracts. */
export function PreferencesSection({ draft, set, errors }: SectionProps) {
  const { t } = useI18n();
  const sectors = useSectors();
  return (
    <FormSection id="p-prefs" title={t.profile.sections.preferences}>
      <RadioChips
        legend={t.profile.fields.notify}
        name="notify"
        options={(['instant', 'daily', 'off'] as const).map((n) => ({
          value: n,
          label: t.profile.notify[n],
        }))}
        value={draft.notify}
        onChange={(n) => set('notify', n)}
      />
      <ChipGroup
        legend={t.profile.fields.notifySectors}
        hint={t.profile.notifySectorsHint}
        options={sectors.options}
        value={draft.notifySectors}
        onChange={(v) => set('notifySectors', v)}
        error={errors.preferences}
      />
      <fieldset className="field">
        <legend>{t.profile.fields.visibility}</legend>
        <div className="stack-sm">
          {(['public', 'clients', 'hidden'] as const).map((v) => (
            <label className="radio" key={v}>
              <input
                type="radio"
                name="visibility"
                checked={draft.visibility === v}
                onChange={() => set('visibility', v)}
              />
              <span>
                <strong>{t.profile.visibility[v]}</strong>{' '}
                <span className="muted small">— {t.profile.visibilityHint[v]}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="form-grid">
        <TextField
          label={t.org.kvk}
          name="kvkNumber"
          optional
          inputMode="numeric"
          value={draft.kvkNumber}
          onChange={(e) => set('kvkNumber', e.target.value)}
          hint={t.org.kvkHint}
          error={errors.kvkNumber}
        />
        <TextField
          label={t.profile.fields.vatId}
          name="vatId"
          optional
          value={draft.vatId}
          onChange={(e) => set('vatId', e.target.value)}
          error={errors.vatId}
        />
      </div>
    </FormSection>
  );
}
