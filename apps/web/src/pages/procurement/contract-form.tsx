import type { ReactNode } from 'react';
import {
  Alert,
  FormSection,
  RadioChips,
  SelectField,
  TextAreaField,
  TextField,
} from '../../components/forms';
import { useI18n } from '../../i18n/i18n';
import type { ContractDraft, ContractForm, Dba, Seniority } from '../../lib/contract-draft';

function YesNo({
  legend,
  value,
  onChange,
  name,
}: {
  legend: string;
  value: boolean;
  onChange: (v: boolean) => void;
  name: string;
}) {
  const { t } = useI18n();
  return (
    <RadioChips
      legend={legend}
      name={name}
      options={[
        { value: 'yes', label: t.common.yes },
        { value: 'no', label: t.common.no },
      ]}
      value={value ? 'yes' : 'no'}
      onChange={(v) => onChange(v === 'yes')}
    />
  );
}

/** The contract fields and the self-employment (DBA) questions, for drafting and editing. */
export function ContractFields({
  draft,
  set,
  errors,
  cardMax,
  intro,
}: {
  draft: ContractDraft;
  set: <K extends keyof ContractDraft>(key: K, value: ContractDraft[K]) => void;
  errors: Record<string, string>;
  cardMax: number | null;
  intro?: ReactNode;
}) {
  const { t, money } = useI18n();
  const rate = Number(draft.dayRate || 0);
  const aboveCard = cardMax !== null && rate > cardMax;
  const dba = draft.dba;
  const setDba = (patch: Partial<Dba>) => set('dba', { ...dba, ...patch });
  return (
    <>
      <FormSection id="c-terms" title={t.contracts.sections.terms}>
        {intro}
        <div className="form-grid three">
          <TextField
            label={t.responses.rate}
            type="number"
            name="dayRate"
            min={1}
            value={draft.dayRate}
            onChange={(e) => set('dayRate', e.target.value)}
            addon={t.assignment.rateAddon}
            hint={cardMax !== null ? t.contracts.cardMax(money(cardMax)) : t.contracts.noCardLine}
            error={errors.dayRate}
          />
          <TextField
            label={t.assignment.fields.startDate}
            type="date"
            name="startDate"
            value={draft.startDate}
            onChange={(e) => set('startDate', e.target.value)}
            error={errors.startDate}
          />
          <TextField
            label={t.assignment.fields.endDate}
            type="date"
            name="endDate"
            value={draft.endDate}
            onChange={(e) => set('endDate', e.target.value)}
            error={errors.endDate}
          />
          <TextField
            label={t.assignment.fields.hours}
            type="number"
            name="hoursPerWeek"
            min={1}
            max={60}
            value={draft.hoursPerWeek}
            onChange={(e) => set('hoursPerWeek', e.target.value)}
            addon={t.assignment.hoursAddon}
            error={errors.hoursPerWeek}
          />
          <TextField
            label={t.contracts.placeOfWork}
            name="placeOfWork"
            optional
            value={draft.placeOfWork}
            onChange={(e) => set('placeOfWork', e.target.value)}
            error={errors.placeOfWork}
          />
          <TextField
            label={t.contracts.noticePeriod}
            type="number"
            name="noticePeriodDays"
            optional
            min={0}
            value={draft.noticePeriodDays}
            onChange={(e) => set('noticePeriodDays', e.target.value)}
            addon={t.contracts.daysAddon}
            error={errors.noticePeriodDays}
          />
          <SelectField
            label={t.contracts.form}
            value={draft.form}
            onChange={(e) => set('form', e.target.value as ContractForm)}
            options={(['direct', 'mediation', 'intermediary'] as const).map((f) => ({
              value: f,
              label: t.contracts.forms[f],
            }))}
            hint={draft.form === 'direct' ? t.contracts.modelAgreementHint : undefined}
            error={errors.form}
          />
          <SelectField
            label={t.rateCard.seniority}
            value={draft.seniority}
            optional
            onChange={(e) => set('seniority', e.target.value as Seniority | '')}
            options={(['medior', 'senior', 'executive'] as const).map((s) => ({
              value: s,
              label: t.rateCard.seniorities[s],
            }))}
            placeholder={t.rateCard.anySeniority}
            error={errors.seniority}
          />
        </div>
        {aboveCard ? (
          <>
            <Alert tone="warning" title={t.contracts.aboveCardTitle}>
              {t.contracts.aboveCardBody(money(rate), money(cardMax))}
            </Alert>
            <TextAreaField
              label={t.contracts.justification}
              name="rateJustification"
              rows={3}
              value={draft.rateJustification}
              onChange={(e) => set('rateJustification', e.target.value)}
              error={errors.rateJustification}
            />
          </>
        ) : null}
        <TextAreaField
          label={t.contracts.terms}
          name="terms"
          optional
          rows={4}
          value={draft.terms}
          onChange={(e) => set('terms', e.target.value)}
          error={errors.terms}
        />
      </FormSection>
      <FormSection id="c-dba" title={t.contracts.sections.dba}>
        <p className="small muted">{t.contracts.dbaLead}</p>
        {errors.dbaCheck ? (
          <span className="field-error" data-field-error>
            {errors.dbaCheck}
          </span>
        ) : null}
        <div className="form-grid">
          <RadioChips
            legend={t.contracts.dba.workDirection}
            name="workDirection"
            options={(['interim', 'shared', 'client'] as const).map((v) => ({
              value: v,
              label: t.contracts.dba.directions[v],
            }))}
            value={dba.workDirection}
            onChange={(v) => setDba({ workDirection: v })}
          />
          <RadioChips
            legend={t.contracts.dba.embedding}
            name="embedding"
            options={(['none', 'partial', 'full'] as const).map((v) => ({
              value: v,
              label: t.contracts.dba.embeddings[v],
            }))}
            value={dba.embedding}
            onChange={(v) => setDba({ embedding: v })}
          />
          <YesNo
            legend={t.contracts.dba.multipleClients}
            name="multipleClients"
            value={dba.multipleClients}
            onChange={(v) => setDba({ multipleClients: v })}
          />
          <YesNo
            legend={t.contracts.dba.insurance}
            name="insurance"
            value={dba.professionalLiabilityInsurance}
            onChange={(v) => setDba({ professionalLiabilityInsurance: v })}
          />
          <YesNo
            legend={t.contracts.dba.financialRisk}
            name="financialRisk"
            value={dba.bearsFinancialRisk}
            onChange={(v) => setDba({ bearsFinancialRisk: v })}
          />
          <YesNo
            legend={t.contracts.dba.entrepreneur}
            name="entrepreneur"
            value={dba.actsAsEntrepreneur}
            onChange={(v) => setDba({ actsAsEntrepreneur: v })}
          />
        </div>
        <TextAreaField
          label={t.contracts.dba.notes}
          optional
          rows={2}
          value={dba.notes ?? ''}
          onChange={(e) => setDba({ notes: e.target.value })}
        />
      </FormSection>
    </>
  );
}
