import { Alert } from '../../../components/forms';
import { useI18n } from '../../../i18n/i18n';
import { contractWarnings, rateCardOf } from '../../../lib/contracts';
import type { Contract } from '../../../lib/contracts';
import { ContractSteps } from './contract-steps';

/** The progress steps and what needs attention: termination, acceptance, procurement warnings. */
export function ContractNotices({
  contract: c,
  isInterim,
}: {
  contract: Contract;
  isInterim: boolean;
}) {
  const { t, money } = useI18n();
  const rateCard = rateCardOf(c);
  const warnings = contractWarnings(c, isInterim);
  const text = {
    aboveCard: () => t.contracts.aboveCardBody(money(c.dayRate), money(rateCard?.maxDayRate)),
    dbaMissing: () => t.contracts.dbaMissing,
    dbaHigh: () => t.contracts.dbaHigh,
  };
  return (
    <>
      <div className="card card-body mb-5">
        <ContractSteps status={c.status} />
        {c.status === 'terminated' ? (
          <Alert tone="danger" title={t.status.contract.terminated}>
            {c.terminationReason}
          </Alert>
        ) : null}
      </div>
      {isInterim && c.status === 'sent' ? (
        <div className="mb-5">
          <Alert tone="info" title={t.contracts.toAcceptTitle}>
            {t.contracts.toAcceptBody}
          </Alert>
        </div>
      ) : null}
      {warnings.length ? (
        <div className="stack-sm mb-5">
          {warnings.map((w) => (
            <Alert key={w.kind} tone={w.tone}>
              {text[w.kind]()}
            </Alert>
          ))}
        </div>
      ) : null}
    </>
  );
}
