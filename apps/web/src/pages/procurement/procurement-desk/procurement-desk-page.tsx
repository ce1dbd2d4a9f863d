import { useState } from 'react';
import { Link, Navigate } from 'react-router-dom';
import { download } from '../../../api/client';
import { useSession } from '../../../auth/session';
import { errorMessage } from '../../../components/forms';
import { Icon } from '../../../components/icons';
import { PageHeader, Stat, useTitle, useToast } from '../../../components/ui';
import { useI18n } from '../../../i18n/i18n';
import {
  countByStatus,
  isInFlight,
  useContractNames,
  useContracts,
  useSelectedCandidates,
} from '../../../lib/contracts';
import { InFlightContracts } from './in-flight-contracts';
import { RateFlagsCard } from './rate-flags-card';
import { WaitingList } from './waiting-list';

/** Procurement's start page: picks waiting for a contract, contracts in flight, rate-card flags. */
export function ProcurementDesk() {
  const { t } = useI18n();
  useTitle(t.nav.procurement);
  const { activeOrg } = useSession();
  const toast = useToast();
  const organisationId = activeOrg?.organisationId;
  const selected = useSelectedCandidates(organisationId);
  const contracts = useContracts();
  const items = contracts.data?.items ?? [];
  const names = useContractNames(items);
  const [exporting, setExporting] = useState(false);

  if (!activeOrg) return <Navigate to="/organisations/new" replace />;

  const waiting = selected.items.filter((s) => !s.contract);
  const counts = countByStatus(items);

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
        <Stat label={t.procurement.stats.toSend} value={counts.draft ?? 0} />
        <Stat
          label={t.procurement.stats.withInterim}
          value={counts.sent ?? 0}
          note={t.procurement.stats.withInterimNote}
        />
        <Stat label={t.procurement.stats.toCountersign} value={counts.accepted ?? 0} />
      </div>
      <div className="layout-aside">
        <div className="stack-lg">
          <WaitingList waiting={waiting} isPending={selected.isPending} />
          <InFlightContracts contracts={items.filter(isInFlight)} names={names} />
        </div>
        <RateFlagsCard organisationId={activeOrg.organisationId} />
      </div>
    </>
  );
}
