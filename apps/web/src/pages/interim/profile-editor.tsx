import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { api, call } from '../../api/client';
import type { Schemas } from '../../api/client';
import {
  Alert,
  ChipGroup,
  RadioChips,
  SelectField,
  TextAreaField,
  TextField,
  FormSection,
  useFormErrors,
} from '../../components/forms';
import { Icon } from '../../components/icons';
import { SkillAutocomplete } from '../../components/skill-autocomplete';
import { CredentialStatus } from '../../components/status';
import { Loading, PageHeader, RemoveButton, useTitle, useToast } from '../../components/ui';
import { useI18n } from '../../i18n/i18n';
import { LANGUAGE_CODES, useAssignmentKinds, useSectors } from '../../lib/catalogue';
import { addMonths, today } from '../../lib/dates';
import { AvailabilityStrip } from './availability-strip';
import { queryKeys, useOwnProfile } from '../../api/queries';
import { FIELDS, fromProfile, toBody } from '../../lib/profile-draft';
import type {
  Profile,
  CredentialType,
  SkillRow,
  CredentialRow,
  PeriodRow,
  Draft,
} from '../../lib/profile-draft';

export function ProfileEditorPage() {
  const query = useOwnProfile();
  if (query.isPending) return <Loading />;
  return <ProfileEditor key={query.data?.version ?? 'new'} profile={query.data ?? undefined} />;
}

function ProfileEditor({ profile }: { profile?: Profile }) {
  const { t, lang, date } = useI18n();
  useTitle(t.nav.profile);
  const queryClient = useQueryClient();
  const toast = useToast();
  const sectors = useSectors();
  const kinds = useAssignmentKinds();
  const [draft, setDraft] = useState<Draft>(() => fromProfile(profile));
  const [resolutions, setResolutions] = useState<Schemas['ProfileSkillResolutionView'][]>([]);
  const form = useFormErrors(FIELDS);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));

  const save = useMutation({
    mutationFn: () => call(api.PUT('/api/v1/interims/me/profile', { body: toBody(draft) })),
    onSuccess: (saved) => {
      setResolutions(saved.skillResolutions);
      queryClient.setQueryData(queryKeys.ownProfile, saved);
      void queryClient.invalidateQueries({ queryKey: ['interim-matches'] });
      toast({ title: t.profile.savedToast });
    },
    onError: form.fromError,
  });

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    form.clear();
    save.mutate();
  }

  const updateSkill = (i: number, patch: Partial<SkillRow>) =>
    set(
      'skills',
      draft.skills.map((s, j) => (j === i ? { ...s, ...patch } : s)),
    );
  const updateCredential = (i: number, patch: Partial<CredentialRow>) =>
    set(
      'credentials',
      draft.credentials.map((c, j) => (j === i ? { ...c, ...patch } : c)),
    );
  const resolutionFor = (name: string) =>
    resolutions.find((r) => r.input.toLowerCase() === name.toLowerCase());
  const serverCredential = (c: CredentialRow) =>
    profile?.credentials.find((x) => x.type === c.type && x.number === c.number.trim());

  return (
    <>
      <PageHeader
        eyebrow={t.roles.interim}
        title={t.profile.title}
        description={profile ? t.profile.lead : t.profile.leadNew}
      />
      <form className="stack-lg" onSubmit={onSubmit} noValidate>
        {!profile ? <Alert tone="info">{t.profile.noProfileYet}</Alert> : null}
        {form.banner}
        <FormSection id="p-basics" title={t.profile.sections.basics}>
          <TextField
            label={t.profile.fields.headline}
            name="headline"
            value={draft.headline}
            onChange={(e) => set('headline', e.target.value)}
            placeholder={t.profile.placeholders.headline}
            error={form.errors.headline}
          />
          <TextAreaField
            label={t.profile.fields.summary}
            name="summary"
            optional
            rows={5}
            value={draft.summary}
            onChange={(e) => set('summary', e.target.value)}
            placeholder={t.profile.placeholders.summary}
            error={form.errors.summary}
          />
          <div className="form-grid three">
            <TextField
              label={t.assignment.fields.city}
              name="city"
              value={draft.city}
              onChange={(e) => set('city', e.target.value)}
              error={form.errors.location}
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
              error={form.errors.maxTravelKm}
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
            error={form.errors.languages}
          />
        </FormSection>

        <FormSection
          id="p-skills"
          title={t.profile.sections.skills}
          aside={
            <span className="small muted">{t.assignment.skillsCount(draft.skills.length)}</span>
          }
        >
          <SkillAutocomplete
            label={t.assignment.fields.addSkill}
            placeholder={lang === 'nl' ? 'bijv. verandermanagement' : 'e.g. change management'}
            exclude={draft.skills.map((s) => s.name)}
            onPick={(name) =>
              !draft.skills.some((s) => s.name.toLowerCase() === name.toLowerCase()) &&
              set('skills', [...draft.skills, { name, level: 3, years: '5' }])
            }
          />
          {form.errors.skills ? (
            <span className="field-error" data-field-error>
              {form.errors.skills}
            </span>
          ) : null}
          {draft.skills.length ? (
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
                  {draft.skills.map((s, i) => {
                    const r = resolutionFor(s.name);
                    return (
                      <tr key={s.name}>
                        <td>
                          <strong>{s.name}</strong>
                          {r ? (
                            <div className="small subtle">
                              {r.matchedBy === 'free_text'
                                ? t.skills.freeText
                                : r.label !== s.name
                                  ? `${t.skills.recognisedAs} ${r.label}`
                                  : t.skills.recognised}
                            </div>
                          ) : null}
                        </td>
                        <td style={{ minWidth: 180 }}>
                          <select
                            className="select"
                            value={s.level}
                            aria-label={t.profile.levelFor(s.name)}
                            onChange={(e) => updateSkill(i, { level: Number(e.target.value) })}
                          >
                            {[1, 2, 3, 4, 5].map((l) => (
                              <option key={l} value={l}>
                                {l} · {t.profile.levels[l - 1]}
                              </option>
                            ))}
                          </select>
                        </td>
                        <td style={{ width: 120 }}>
                          <input
                            className="input"
                            type="number"
                            min={0}
                            max={60}
                            value={s.years}
                            aria-label={t.profile.yearsFor(s.name)}
                            aria-invalid={form.errors[`skills`] ? true : undefined}
                            onChange={(e) => updateSkill(i, { years: e.target.value })}
                          />
                        </td>
                        <td className="num">
                          <RemoveButton
                            label={`${t.common.remove} ${s.name}`}
                            onClick={() =>
                              set(
                                'skills',
                                draft.skills.filter((_, j) => j !== i),
                              )
                            }
                          />
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          ) : null}
        </FormSection>

        <FormSection id="p-experience" title={t.profile.sections.experience}>
          <ChipGroup
            legend={t.profile.fields.sectors}
            options={sectors.options}
            value={draft.sectors}
            onChange={(v) => set('sectors', v)}
            error={form.errors.sectors}
          />
          <ChipGroup
            legend={t.profile.fields.kinds}
            options={kinds.options}
            value={draft.assignmentKinds}
            onChange={(v) => set('assignmentKinds', v)}
            error={form.errors.assignmentKinds}
          />
        </FormSection>

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
              error={form.errors.dayRate}
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
              error={form.errors.hoursPerWeek}
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
              error={form.errors.availableFrom}
            />
          </div>
          <p className="small muted">{t.profile.rateNote}</p>
        </FormSection>

        <FormSection
          id="p-credentials"
          title={t.profile.sections.credentials}
          aside={
            <button
              type="button"
              className="btn btn-secondary btn-sm"
              onClick={() =>
                set('credentials', [
                  ...draft.credentials,
                  { type: 'RQIM', number: '', validUntil: addMonths(today(), 24) },
                ])
              }
            >
              <Icon name="plus" width={16} height={16} /> {t.profile.addCredential}
            </button>
          }
        >
          <p className="small muted">{t.profile.credentialsLead}</p>
          {form.errors.credentials ? (
            <span className="field-error" data-field-error>
              {form.errors.credentials}
            </span>
          ) : null}
          {draft.credentials.map((c, i) => {
            const stored = serverCredential(c);
            return (
              <div className="form-grid three card card-body align-end" key={i}>
                <SelectField
                  label={t.profile.fields.credentialType}
                  value={c.type}
                  onChange={(e) => updateCredential(i, { type: e.target.value as CredentialType })}
                  options={(['RQIM', 'CEIM', 'other'] as const).map((x) => ({
                    value: x,
                    label: t.profile.credentialTypes[x],
                  }))}
                />
                <TextField
                  label={t.profile.fields.credentialNumber}
                  value={c.number}
                  onChange={(e) => updateCredential(i, { number: e.target.value })}
                />
                <TextField
                  label={t.profile.fields.validUntil}
                  type="date"
                  value={c.validUntil}
                  onChange={(e) => updateCredential(i, { validUntil: e.target.value })}
                />
                <div className="row between span-all">
                  <span className="row small">
                    {stored ? (
                      <>
                        <CredentialStatus status={stored.status} />
                        {stored.verifiedAt ? (
                          <span className="subtle">
                            {t.profile.verifiedOn(date(stored.verifiedAt))}
                          </span>
                        ) : null}
                      </>
                    ) : (
                      <span className="subtle">{t.profile.credentialPending}</span>
                    )}
                  </span>
                  <button
                    type="button"
                    className="btn btn-ghost btn-sm"
                    onClick={() =>
                      set(
                        'credentials',
                        draft.credentials.filter((_, j) => j !== i),
                      )
                    }
                  >
                    {t.common.remove}
                  </button>
                </div>
              </div>
            );
          })}
        </FormSection>

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
            error={form.errors.preferences}
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
              error={form.errors.kvkNumber}
            />
            <TextField
              label={t.profile.fields.vatId}
              name="vatId"
              optional
              value={draft.vatId}
              onChange={(e) => set('vatId', e.target.value)}
              error={form.errors.vatId}
            />
          </div>
        </FormSection>

        <div className="btn-row end">
          <button type="submit" className="btn btn-primary btn-lg" disabled={save.isPending}>
            {save.isPending ? t.common.saving : t.profile.save}
          </button>
        </div>
      </form>
      {profile ? (
        <AvailabilityEditor initial={profile.availability} availableFrom={profile.availableFrom} />
      ) : null}
    </>
  );
}

function AvailabilityEditor({
  initial,
  availableFrom,
}: {
  initial: Schemas['PeriodView'][];
  availableFrom: string | null;
}) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const toast = useToast();
  const [rows, setRows] = useState<PeriodRow[]>(
    initial.map((p) => ({ from: p.from, to: p.to, hoursPerWeek: String(p.hoursPerWeek) })),
  );
  const form = useFormErrors(['periods']);
  const save = useMutation({
    mutationFn: () =>
      call(
        api.PUT('/api/v1/interims/me/availability', {
          body: {
            periods: rows.map((r) => ({
              from: r.from,
              to: r.to,
              hoursPerWeek: Number(r.hoursPerWeek),
            })),
          },
        }),
      ),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.ownProfile });
      toast({ title: t.profile.availabilitySaved });
    },
    onError: form.fromError,
  });
  const update = (i: number, patch: Partial<PeriodRow>) =>
    setRows(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const preview = rows
    .filter((r) => r.from && r.to)
    .map((r) => ({ from: r.from, to: r.to, hoursPerWeek: Number(r.hoursPerWeek) || 0 }));

  return (
    <form
      className="card"
      style={{ marginTop: 24 }}
      aria-labelledby="p-availability"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        form.clear();
        save.mutate();
      }}
    >
      <div className="card-header">
        <h2 id="p-availability">{t.profile.sections.availability}</h2>
        <button
          type="button"
          className="btn btn-secondary btn-sm"
          onClick={() =>
            setRows([...rows, { from: today(), to: addMonths(today(), 6), hoursPerWeek: '32' }])
          }
        >
          <Icon name="plus" width={16} height={16} /> {t.profile.addPeriod}
        </button>
      </div>
      <div className="card-body form">
        <p className="small muted">{t.profile.availabilityLead}</p>
        <AvailabilityStrip periods={preview} from={availableFrom} />
        {form.banner}
        {form.errors.periods ? (
          <span className="field-error" data-field-error>
            {form.errors.periods}
          </span>
        ) : null}
        {rows.map((r, i) => (
          <div className="form-grid three align-end" key={i}>
            <TextField
              label={t.profile.fields.from}
              type="date"
              value={r.from}
              onChange={(e) => update(i, { from: e.target.value })}
            />
            <TextField
              label={t.profile.fields.to}
              type="date"
              value={r.to}
              onChange={(e) => update(i, { to: e.target.value })}
            />
            <div className="row nowrap align-end">
              <TextField
                label={t.assignment.fields.hours}
                type="number"
                min={1}
                max={60}
                value={r.hoursPerWeek}
                onChange={(e) => update(i, { hoursPerWeek: e.target.value })}
                addon={t.assignment.hoursAddon}
              />
              <RemoveButton
                label={t.profile.removePeriod}
                icon="trash"
                small={false}
                onClick={() => setRows(rows.filter((_, j) => j !== i))}
              />
            </div>
          </div>
        ))}
        <div className="btn-row end">
          <button type="submit" className="btn btn-primary" disabled={save.isPending}>
            {save.isPending ? t.common.saving : t.profile.saveAvailability}
          </button>
        </div>
      </div>
    </form>
  );
}
