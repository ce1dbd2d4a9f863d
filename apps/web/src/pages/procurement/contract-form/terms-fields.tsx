import type { ReactNode } from 'react';
import {
  Alert,
  FormSection,
  SelectField,
  TextAreaField,
  TextField,
} from '../../../components/forms';
import { PeriodFields } from '../../../components/period-fields';
import { useI18n } from '../../../i18n/i18n';
import type { ContractForm, Seniority } from '../../../lib/contract-draft';
import type { FieldsProps } from './fields-props';

/** Rate, period, hours, place, notice, form and seniority; a justification when above the card. */
export function TermsFields({
  draft,
  set,
  errors,
  cardMax,
  intro,
}: FieldsProps & { cardMax: number | null; intro?: ReactNode }) {
  const { t, money } = useI18n();
  const rate = Number(draft.dayRate || 0);
  const aboveCard = cardMax !== null && rate > cardMax;
  return (
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
        <PeriodFields value={draft} onChange={set} errors={errors} />
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
  );
}
