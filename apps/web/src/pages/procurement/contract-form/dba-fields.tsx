import { FormSection, RadioChips, TextAreaField } from '../../../components/forms';
import { useI18n } from '../../../i18n/i18n';
import type { Dba } from '../../../lib/contract-draft';
import type { FieldsProps } from './fields-props';
import { YesNo } from './yes-no';

/** The self-employment (DBA) questions the risk assessment is made from. */
export function DbaFields({ draft, set, errors }: FieldsProps) {
  const { t } = useI18n();
  const dba = draft.dba;
  const setDba = (patch: Partial<Dba>) => set('dba', { ...dba, ...patch });
  return (
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
  );
}
