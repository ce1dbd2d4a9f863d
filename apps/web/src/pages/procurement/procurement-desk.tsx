import { useState } from 'react';
import { Link, Navigate } from 'react-router-dom';
import { download } from '../../api/client';
import { useRateFlags } from '../../api/queries';
import { useSession } from '../../auth/session';
import { Alert, errorMessage } from '../../components/forms';
import { Icon } from '../../components/icons';
import { ContractStatus } from '../../components/status';
import {
  Avatar,
  Badge,
  EmptyState,
  Loading,
  PageHeader,
  Stat,
  useTitle,
  useToast,
} from '../../components/ui';
import { useI18n } from '../../i18n/i18n';
import { useAssignmentKinds } from '../../lib/catalogue';
import {
  rateCardOf,
  useContractNames,
  useContracts,
  useSelectedCandidates,
} from '../../lib/contracts';
import { proposedRate } from '../../lib/responses';

/** Procurement's start page: picks waiting for a contract, contracts in flight, rate-card flags. */
export function ProcurementDesk() {
  const { t, date, money } = useI18n();
  useTitle(t.nav.procurement);
  const { activeOrg } = useSession();
  const toast = useToast();
  const kinds = useAssignmentKinds();
  const organisationId = activeOrg?.organisationId;
  const selected = useSelectedCandidates(organisationId);
  const contracts = useContracts();
  const items = contracts.data?.items ?? [];
  const names = useContractNames(items);
  const flags = useRateFlags(organisationId);
  const [exporting, setExporting] = useState(false);

  if (!activeOrg) return <Navigate to="/organisations/new" replace />;

  const waiting = selected.items.filter((s) => !s.contract);
  const count = (...statuses: string[]) => items.filter((c) => statuses.includes(c.status)).length;
  const inFlight = items.filter((c) => ['draft', 'sent', 'accepted'].includes(c.status));

  async function exportCsv() {
    setExporting(true);
    try {
      await download(
        `/api/v1/contracts/export.csv?organisationId=${encodeURIComponent(organisationId!)}`,
        'contracts.csv',
      );
    } catch (err) {
      toast({ title: t.errors.unexpected, body: errorMessage(err, t), tone: 'danger' });
    } finally {
      setExporting(false);
    }
  }

  return (
    <>
      <PageHeader
        eyebrow={activeOrg.organisationName}
        title={t.nav.procurement}
        description={t.procurement.lead}
        actions={
          <>
            <Link className="btn btn-secondary" to="/rate-card">
              <Icon name="euro" width={16} height={16} /> {t.nav.rateCard}
            </Link>
            <button
              type="button"
              className="btn btn-secondary"
              onClick={() => void exportCsv()}
              disabled={exporting}
            >
              <Icon name="download" width={16} height={16} /> {t.procurement.exportCsv}
            </button>
          </>
        }
      />
      <div className="stats mb-5">
        <Stat
          label={t.procurement.stats.waiting}
          value={selected.isPending ? '…' : waiting.length}
          note={t.procurement.stats.waitingNote}
        />
        <Stat label={t.procurement.stats.toSend} value={count('draft')} />
        <Stat
          label={t.procurement.stats.withInterim}
          value={count('sent')}
          note={t.procurement.stats.withInterimNote}
        />
        <Stat label={t.procurement.stats.toCountersign} value={count('accepted')} />
      </div>
      <div className="layout-aside">
        <div className="stack-lg">
          <section className="card" aria-labelledby="waiting-heading">
            <div className="card-header">
              <h2 id="waiting-heading">{t.procurement.waitingTitle}</h2>
              <span className="count">{waiting.length}</span>
            </div>
            {selected.isPending ? (
              <Loading />
            ) : waiting.length === 0 ? (
              <EmptyState icon="check" title={t.procurement.noneWaiting}>
                {t.procurement.noneWaitingBody}
              </EmptyState>
            ) : (
              <ul className="list">
                {waiting.map(({ response, assignment }) => (
                  <li className="list-item" key={response.id}>
                    <Avatar name={response.interim.displayName} />
                    <div className="grow stack-sm gap-hairline">
                      <strong>{response.interim.displayName}</strong>
                      <span className="small muted">
                        {assignment.title} · {kinds.label(assignment.assignmentKind)}
                      </span>
                      <span className="small">
                        {t.procurement.proposed} <strong>{money(proposedRate(response))}</strong> ·{' '}
                        {t.responses.availableFrom} {date(response.availableFrom)}
                        {response.withinBudget === false ? (
                          <>
                            {' '}
                            <Badge tone="warning">{t.responses.overBudget}</Badge>
                          </>
                        ) : null}
                      </span>
                    </div>
                    <Link
                      className="btn btn-primary btn-sm"
                      to={`/contracts/new?responseId=${response.id}`}
                    >
                      <Icon name="pen" width={16} height={16} /> {t.procurement.draft}
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section className="card" aria-labelledby="flight-heading">
            <div className="card-header">
              <h2 id="flight-heading">{t.procurement.inFlight}</h2>
              <Link className="small" to="/contracts">
                {t.procurement.allContracts}
              </Link>
            </div>
            {inFlight.length === 0 ? (
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
                    {inFlight.map((c) => (
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
        </div>
        <aside className="card" aria-labelledby="flags-heading">
          <div className="card-header">
            <h2 id="flags-heading">{t.procurement.flagsTitle}</h2>
          </div>
          <div className="card-body stack-sm">
            {flags.isPending ? (
              <Loading />
            ) : (flags.data?.items.length ?? 0) === 0 ? (
              <p className="muted small">{t.procurement.noFlags}</p>
            ) : (
              flags.data!.items.map((f) => (
                <Alert
                  key={`${f.type}-${f.assignmentId}-${f.contractId ?? ''}`}
                  tone="warning"
                  title={f.title}
                >
                  <span className="small">
                    {t.procurement.flag(
                      money(f.dayRate),
                      money(f.rateCardMaxDayRate),
                      f.excessPercent,
                    )}{' '}
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
      </div>
    </>
  );
}
