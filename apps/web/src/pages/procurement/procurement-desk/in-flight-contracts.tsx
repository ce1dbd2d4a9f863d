import { Link } from 'react-router-dom';
import { ContractStatus } from '../../../components/status';
import { Badge, EmptyState } from '../../../components/ui';
import { useI18n } from '../../../i18n/i18n';
import { rateCardOf } from '../../../lib/contracts';
import type { Contract } from '../../../lib/contracts';

/** Contracts drafted, sent or accepted: who, for what, where they stand and at which rate. */
export function InFlightContracts({
  contracts,
  names,
}: {
  contracts: Contract[];
  names: Map<string, { assignment: string; interim: string }>;
}) {
  const { t, money } = useI18n();
  return (
    <section className="card" aria-labelledby="flight-heading">
      <div className="card-header">
        <h2 id="flight-heading">{t.procurement.inFlight}</h2>
        <Link className="small" to="/contracts">
          {t.procurement.allContracts}
        </Link>
      </div>
      {contracts.length === 0 ? (
        <EmptyState icon="file" title={t.procurement.noneInFlight} />
      ) : (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t.contracts.cols.contract}</th>
                <th scope="col">{t.dashboard.cols.status}</th>
                <th scope="col" className="num">
                  {t.responses.rate}
                </th>
              </tr>
            </thead>
            <tbody>
              {contracts.map((c) => (
                <tr key={c.id}>
                  <td>
                    <Link to={`/contracts/${c.id}`}>{names.get(c.id)?.interim}</Link>
                    <div className="small muted">{names.get(c.id)?.assignment}</div>
                  </td>
                  <td>
                    <ContractStatus status={c.status} />
                  </td>
                  <td className="num">
                    {money(c.dayRate)}
                    {rateCardOf(c)?.aboveRateCard ? (
                      <div>
                        <Badge tone="warning">{t.contracts.aboveCard}</Badge>
                      </div>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
