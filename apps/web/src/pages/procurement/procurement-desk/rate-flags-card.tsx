import { Link } from 'react-router-dom';
import { useRateFlags } from '../../../api/queries';
import { Alert } from '../../../components/forms';
import { Loading } from '../../../components/ui';
import { useI18n } from '../../../i18n/i18n';

/** Assignments and contracts priced above the organisation's rate card. */
export function RateFlagsCard({ organisationId }: { organisationId: string }) {
  const { t, money } = useI18n();
  const flags = useRateFlags(organisationId);
  const items = flags.data?.items ?? [];
  return (
    <aside className="card" aria-labelledby="flags-heading">
      <div className="card-header">
        <h2 id="flags-heading">{t.procurement.flagsTitle}</h2>
      </div>
      <div className="card-body stack-sm">
        {flags.isPending ? (
          <Loading />
        ) : items.length === 0 ? (
          <p className="muted small">{t.procurement.noFlags}</p>
        ) : (
          items.map((f) => (
            <Alert
              key={`${f.type}-${f.assignmentId}-${f.contractId ?? ''}`}
              tone="warning"
              title={f.title}
            >
              <span className="small">
                {t.procurement.flag(money(f.dayRate), money(f.rateCardMaxDayRate), f.excessPercent)}{' '}
                {f.contractId ? (
                  <Link to={`/contracts/${f.contractId}`}>{t.common.view}</Link>
                ) : (
                  <Link to={`/assignments/${f.assignmentId}`}>{t.common.view}</Link>
                )}
              </span>
            </Alert>
          ))
        )}
      </div>
    </aside>
  );
}
