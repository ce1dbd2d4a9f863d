import { Icon } from '../../../components/icons';
import { useI18n } from '../../../i18n/i18n';
import type { Contract } from '../../../lib/contracts';
import type { ContractAction } from './use-contract-actions';

/** The header buttons: the PDF for everyone, then what the caller's side may do now. */
export function ContractActions({
  contract: c,
  isProcurement,
  isInterim,
  editing,
  onPdf,
  onToggleEdit,
  onConfirm,
  onTerminate,
}: {
  contract: Contract;
  isProcurement: boolean;
  isInterim: boolean;
  editing: boolean;
  onPdf: () => void;
  onToggleEdit: () => void;
  onConfirm: (action: ContractAction) => void;
  onTerminate: () => void;
}) {
  const { t } = useI18n();
  return (
    <>
      <button type="button" className="btn btn-secondary" onClick={onPdf}>
        <Icon name="download" width={16} height={16} /> {t.contracts.pdf}
      </button>
      {isProcurement && c.status === 'draft' ? (
        <>
          <button type="button" className="btn btn-secondary" onClick={onToggleEdit}>
            <Icon name="pen" width={16} height={16} /> {editing ? t.common.cancel : t.common.edit}
          </button>
          <button type="button" className="btn btn-primary" onClick={() => onConfirm('send')}>
            <Icon name="send" width={16} height={16} /> {t.contracts.send}
          </button>
        </>
      ) : null}
      {isProcurement && c.status === 'accepted' ? (
        <button type="button" className="btn btn-primary" onClick={() => onConfirm('countersign')}>
          <Icon name="pen" width={16} height={16} /> {t.contracts.countersign}
        </button>
      ) : null}
      {isProcurement && c.status === 'active' ? (
        <>
          <button type="button" className="btn btn-secondary" onClick={() => onConfirm('complete')}>
            {t.contracts.complete}
          </button>
          <button type="button" className="btn btn-danger-outline" onClick={onTerminate}>
            {t.contracts.terminate}
          </button>
        </>
      ) : null}
      {isInterim && c.status === 'sent' ? (
        <button type="button" className="btn btn-primary" onClick={() => onConfirm('accept')}>
          <Icon name="check" width={16} height={16} /> {t.contracts.accept}
        </button>
      ) : null}
    </>
  );
}
