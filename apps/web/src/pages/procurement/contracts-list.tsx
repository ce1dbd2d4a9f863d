import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useSession } from '../../auth/session';
import { ContractStatus } from '../../components/status';
import { Badge, EmptyState, PageHeader, QueryView, useTitle } from '../../components/ui';
import { useI18n } from '../../i18n/i18n';
import { useContractNames, useContracts } from '../../lib/contracts';

const GROUPS = ['open', 'active', 'closed'] as const;
const IN_GROUP: Record<(typeof GROUPS)[number], string[]> = {
  open: ['draft', 'sent', 'accepted'],
  active: ['active'],
  closed: ['completed', 'terminated', 'superseded'],
};

/** Contracts: the organisation's for client users, the interim manager's own otherwise. */
export function ContractsListPage() {
  const { t, date, money } = useI18n();
  useTitle(t.nav.contracts);
  const { me } = useSession();
  const query = useContracts();
  const names = useContractNames(query.data?.items ?? []);
  const [group, setGroup] = useState<(typeof GROUPS)[number]>('open');
  const isInterim = me?.accountType === 'interim';
  return (
    <>
      <PageHeader
        title={t.nav.contracts}
        description={isInterim ? t.contracts.leadInterim : t.contracts.lead}
      />
      <QueryView query={query}>
        {(page) => {
          const shown = page.items.filter((c) => IN_GROUP[group].includes(c.status));
          return (
            <section className="card">
              <div className="tabs tabs-in-card" role="group" aria-label={t.dashboard.filter}>
                {GROUPS.map((g) => (
                  <button
                    key={g}
                    type="button"
                    className="tab"
                    aria-pressed={group === g}
                    onClick={() => setGroup(g)}
                  >
                    {t.contracts.groups[g]}
                    <span className="count">
                      {page.items.filter((c) => IN_GROUP[g].includes(c.status)).length}
                    </span>
                  </button>
                ))}
              </div>
              {shown.length === 0 ? (
                <EmptyState icon="file" title={t.contracts.empty}>
                  {isInterim ? t.contracts.emptyInterim : t.contracts.emptyClient}
                </EmptyState>
              ) : (
                <div className="table-wrap">
                  <table className="table">
                    <thead>
                      <tr>
                        <th scope="col">{t.contracts.cols.contract}</th>
                        <th scope="col">{t.dashboard.cols.status}</th>
                        <th scope="col">{t.assignment.period}</th>
                        <th scope="col" className="num">
                          {t.responses.rate}
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {shown.map((c) => {
                        const n = names.get(c.id);
                        return (
                          <tr key={c.id}>
                            <td>
                              <Link to={`/contracts/${c.id}`}>
                                {isInterim ? n?.assignment : n?.interim}
                              </Link>
                              <div className="small muted">
                                {isInterim ? n?.organisation : n?.assignment}
                              </div>
                            </td>
                            <td>
                              <ContractStatus status={c.status} />
                              {isInterim && c.status === 'sent' ? (
                                <div className="mt-1">
                                  <Badge tone="info" plain>
                                    {t.contracts.awaitsYou}
                                  </Badge>
                                </div>
                              ) : null}
                            </td>
                            <td className="nowrap">
                              {date(c.startDate)} – {date(c.endDate)}
                            </td>
                            <td className="num">{money(c.dayRate)}</td>
                          </tr>
                        );
                      })}
                    </tbody>
                  </table>
                </div>
              )}
            </section>
          );
        }}
      </QueryView>
    </>
  );
}
