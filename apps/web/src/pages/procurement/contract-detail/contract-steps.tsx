import { useI18n } from '../../../i18n/i18n';
import { CONTRACT_STEPS } from '../../../lib/contracts';
import type { Contract } from '../../../lib/contracts';

/** Where the contract stands on its way from draft to completed. */
export function ContractSteps({ status }: { status: Contract['status'] }) {
  const { t } = useI18n();
  if (status === 'terminated' || status === 'superseded') return null;
  const at = CONTRACT_STEPS.indexOf(status);
  return (
    <ol className="steps" aria-label={t.contracts.progress}>
      {CONTRACT_STEPS.map((s, i) => (
        <li
          key={s}
          className={i < at ? 'done' : i === at ? 'current' : ''}
          aria-current={i === at ? 'step' : undefined}
        >
          {t.status.contract[s]}
        </li>
      ))}
    </ol>
  );
}
