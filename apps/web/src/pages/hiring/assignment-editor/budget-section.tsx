import { FormSection, TextField } from '../../../components/forms';
import { useI18n } from '../../../i18n/i18n';
import { MAX_BUDGET_CHANGES, budgetChangesLeft, budgetHint } from '../../../lib/assignment-draft';
import type { Assignment } from '../../../lib/assignment-draft';
import type { SectionProps } from './section-props';

/**
 * The maximum day rate, checked against the rate card; locked once anyone responded or after the
 * allowed number of changes (the API refuses them then).
 */
export function BudgetSection({
  draft,
  set,
  errors,
  initial,
  cardMax,
}: SectionProps & { initial: Assignment | undefined; cardMax: number | null }) {
  const { t, money } = useI18n();
  const lock = initial?.maxDayRateLock ?? null;
  const changesLeft = budgetChangesLeft(initial);
  const hint = budgetHint(lock, cardMax, draft.maxDayRate);
  const hintText = {
    lockedByResponses: () => t.assignment.rateLockedResponses,
    lockedByLimit: () => t.assignment.rateLockedLimit(MAX_BUDGET_CHANGES),
    aboveCard: () => t.assignment.rateAboveCard(money(cardMax)),
    card: () => t.assignment.rateCardHint(money(cardMax)),
    none: () => t.assignment.rateHint,
  }[hint.kind]();
  return (
    <FormSection id="sec-budget" title={t.assignment.sections.budget}>
      <div className="form-grid">
        <TextField
          label={t.assignment.fields.maxDayRate}
          type="number"
          name="maxDayRate"
          min={1}
          value={draft.maxDayRate}
          onChange={(e) => set('maxDayRate', e.target.value)}
          disabled={lock !== null}
          addon={t.assignment.rateAddon}
          hint={hintText}
          error={errors.maxDayRate}
        />
      </div>
      <p className="small muted">{t.assignment.priceNote}</p>
      {lock === null && changesLeft !== null ? (
        <p className="small muted">{t.assignment.rateChangesLeft(changesLeft)}</p>
      ) : null}
    </FormSection>
  );
}
