import { Dialog } from '../../../components/ui';
import { useI18n } from '../../../i18n/i18n';
import type { ContractAction } from './use-contract-actions';

/** Asks before sending, accepting, countersigning or completing: each binds a party. */
export function ConfirmActionDialog({
  action,
  busy,
  onClose,
  onConfirm,
}: {
  action: ContractAction | null;
  busy: boolean;
  onClose: () => void;
  onConfirm: (action: ContractAction) => void;
}) {
  const { t } = useI18n();
  return (
    <Dialog
      open={action !== null}
      onClose={onClose}
      title={action ? t.contracts.confirm[action].title : ''}
      footer={
        <>
          <button type="button" className="btn btn-secondary" onClick={onClose}>
            {t.common.cancel}
          </button>
          <button
            type="button"
            className="btn btn-primary"
            disabled={busy}
            onClick={() => action && onConfirm(action)}
          >
            {action ? t.contracts.confirm[action].action : ''}
          </button>
        </>
      }
    >
      <p>{action ? t.contracts.confirm[action].body : ''}</p>
    </Dialog>
  );
}
