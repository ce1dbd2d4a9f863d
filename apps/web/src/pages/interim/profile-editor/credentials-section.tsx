import { FormSection, SelectField, TextField } from '../../../components/forms';
import { Icon } from '../../../components/icons';
import { CredentialStatus } from '../../../components/status';
import { useI18n } from '../../../i18n/i18n';
import { today } from '../../../lib/dates';
import { newCredential } from '../../../lib/profile-draft';
import type { CredentialRow, CredentialType, Profile } from '../../../lib/profile-draft';
import { removeAt, updateAt } from '../../../lib/rows';
import type { SectionProps } from './section-props';

type StoredCredential = Profile['credentials'][number];

/** Registrations (RQIM, CEIM) with their verification status once stored. */
export function CredentialsSection({
  draft,
  set,
  errors,
  stored,
}: SectionProps & { stored: StoredCredential[] }) {
  const { t } = useI18n();
  const credentials = draft.credentials;
  const setCredentials = (next: CredentialRow[]) => set('credentials', next);
  return (
    <FormSection
      id="p-credentials"
      title={t.profile.sections.credentials}
      aside={
        <button
          type="button"
          className="btn btn-secondary btn-sm"
          onClick={() => setCredentials([...credentials, newCredential(today())])}
        >
          <Icon name="plus" width={16} height={16} /> {t.profile.addCredential}
        </button>
      }
    >
      <p className="small muted">{t.profile.credentialsLead}</p>
      {errors.credentials ? (
        <span className="field-error" data-field-error>
          {errors.credentials}
        </span>
      ) : null}
      {credentials.map((c, i) => (
        <CredentialFields
          key={i}
          credential={c}
          stored={stored.find((x) => x.type === c.type && x.number === c.number.trim())}
          onChange={(patch) => setCredentials(updateAt(credentials, i, patch))}
          onRemove={() => setCredentials(removeAt(credentials, i))}
        />
      ))}
    </FormSection>
  );
}

function CredentialFields({
  credential: c,
  stored,
  onChange,
  onRemove,
}: {
  credential: CredentialRow;
  stored: StoredCredential | undefined;
  onChange: (patch: Partial<CredentialRow>) => void;
  onRemove: () => void;
}) {
  const { t, date } = useI18n();
  return (
    <div className="form-grid three card card-body align-end">
      <SelectField
        label={t.profile.fields.credentialType}
        value={c.type}
        onChange={(e) => onChange({ type: e.target.value as CredentialType })}
        options={(['RQIM', 'CEIM', 'other'] as const).map((x) => ({
          value: x,
          label: t.profile.credentialTypes[x],
        }))}
      />
      <TextField
        label={t.profile.fields.credentialNumber}
        value={c.number}
        onChange={(e) => onChange({ number: e.target.value })}
      />
      <TextField
        label={t.profile.fields.validUntil}
        type="date"
        value={c.validUntil}
        onChange={(e) => onChange({ validUntil: e.target.value })}
      />
      <div className="row between span-all">
        <span className="row small">
          {stored ? (
            <>
              <CredentialStatus status={stored.status} />
              {stored.verifiedAt ? (
                <span className="subtle">{t.profile.verifiedOn(date(stored.verifiedAt))}</span>
              ) : null}
            </>
          ) : (
            <span className="subtle">{t.profile.credentialPending}</span>
          )}
        </span>
        <button type="button" className="btn btn-ghost btn-sm" onClick={onRemove}>
          {t.common.remove}
        </button>
      </div>
    </div>
  );
}
