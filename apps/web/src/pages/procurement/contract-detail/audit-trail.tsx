import { useContractAudit } from '../../../api/queries';
import { Loading } from '../../../components/ui';
import { useI18n } from '../../../i18n/i18n';

/** Who did what to the contract, and from where, for procurement. */
export function AuditTrail({ contractId }: { contractId: string }) {
  const { t, dateTime } = useI18n();
  const query = useContractAudit(contractId);
  return (
    <section className="card" aria-labelledby="audit-heading">
      <div className="card-header">
        <h2 id="audit-heading">{t.contracts.audit}</h2>
      </div>
      <div className="card-body">
        {query.isPending ? (
          <Loading />
        ) : (
          <ol className="timeline">
            {(query.data?.items ?? []).map((e, i) => (
              <li key={`${i}:${e.at}`}>
                <div className="row between">
                  <strong>{t.contracts.actions[e.action] ?? e.action.replace(/[._]/g, ' ')}</strong>
                  <span className="small subtle">{dateTime(e.at)}</span>
                </div>
                <div className="small muted">
                  {e.actorName ?? t.contracts.system}
                  {e.ip ? ` · ${e.ip}` : ''}
                </div>
              </li>
            ))}
          </ol>
        )}
      </div>
    </section>
  );
}
