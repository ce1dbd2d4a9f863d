import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { download } from '../../../api/client';
import { useContract } from '../../../api/queries';
import { useSession } from '../../../auth/session';
import { ContractStatus } from '../../../components/status';
import { PageHeader, QueryView, useTitle } from '../../../components/ui';
import { useI18n } from '../../../i18n/i18n';
import { useContractNames } from '../../../lib/contracts';
import type { Contract } from '../../../lib/contracts';
import { AuditTrail } from './audit-trail';
import { ConfirmActionDialog } from './confirm-action-dialog';
import { ContractActions } from './contract-actions';
import { ContractNotices } from './contract-notices';
import { ContractTerms } from './contract-terms';
import { DbaCard } from './dba-card';
import { EditContract } from './edit-contract';
import { SignaturesCard } from './signatures-card';
import { TerminateDialog } from './terminate-dialog';
import { useContractActions } from './use-contract-actions';
import type { ContractAction } from './use-contract-actions';

export function ContractDetailPage() {
  const { id = '' } = useParams();
  const query = useContract(id);
  return <QueryView query={query}>{(c) => <ContractDetail contract={c} />}</QueryView>;
}

/** A contract for either party: its terms, signatures and the next step the caller may take. */
function ContractDetail({ contract: c }: { contract: Contract }) {
  const { t } = useI18n();
  const { me, activeOrg, hasRole } = useSession();
  const names = useContractNames([c]).get(c.id);
  useTitle(names?.assignment ?? t.nav.contracts);
  const [editing, setEditing] = useState(false);
  const [confirm, setConfirm] = useState<ContractAction | null>(null);
  const [terminating, setTerminating] = useState(false);
  const isInterim = me?.accountType === 'interim';
  const isProcurement =
    !isInterim && activeOrg?.organisationId === c.organisationId && hasRole('procurement');
  const { act, terminate, done, fail } = useContractActions(c.id, () => {
    setConfirm(null);
    setTerminating(false);
  });

  async function pdf() {
    try {
      await download(
        `/api/v1/contracts/${c.id}/document`,
        `gilde-contract-${c.id.slice(0, 8)}-r${c.revision}.pdf`,
      );
    } catch (err) {
      fail(err);
    }
  }

  return (
    <>
      <PageHeader
        back={{
          to: isProcurement ? '/procurement' : '/contracts',
          label: isProcurement ? t.nav.procurement : t.nav.contracts,
        }}
        eyebrow={`${t.contracts.contract} · ${t.contracts.revision(c.revision)}`}
        title={
          <span className="row gap-3">
            {names?.assignment ?? '…'} <ContractStatus status={c.status} />
          </span>
        }
        description={isInterim ? names?.organisation : names?.interim}
        actions={
          <ContractActions
            contract={c}
            isProcurement={isProcurement}
            isInterim={isInterim}
            editing={editing}
            onPdf={() => void pdf()}
            onToggleEdit={() => setEditing((v) => !v)}
            onConfirm={setConfirm}
            onTerminate={() => setTerminating(true)}
          />
        }
      />
      <ContractNotices contract={c} isInterim={isInterim} />
      {editing ? (
        <EditContract
          contract={c}
          onCancel={() => setEditing(false)}
          onDone={(updated) => {
            setEditing(false);
            done(updated, t.contracts.updated);
          }}
        />
      ) : (
        <div className="layout-aside">
          <div className="stack-lg">
            <ContractTerms contract={c} names={names} />
            {isProcurement ? <AuditTrail contractId={c.id} /> : null}
          </div>
          <aside className="stack">
            {!isInterim ? <DbaCard dba={c.dba} /> : null}
            <SignaturesCard contract={c} />
          </aside>
        </div>
      )}
      <ConfirmActionDialog
        action={confirm}
        busy={act.isPending}
        onClose={() => setConfirm(null)}
        onConfirm={(action) => act.mutate(action)}
      />
      <TerminateDialog
        open={terminating}
        busy={terminate.isPending}
        onClose={() => setTerminating(false)}
        onConfirm={(reason) => terminate.mutate(reason)}
      />
    </>
  );
}
