import { useState } from 'react';
import { TextAreaField } from '../../../components/forms';
import { Dialog } from '../../../components/ui';
import { useI18n } from '../../../i18n/i18n';

/** Terminates a running contract; a reason is required and goes on the record. */
export function TerminateDialog({
  open,
  busy,
  onClose,
  onConfirm,
}: {
  open: boolean;
  busy: boolean;
  onClose: () => void;
  onConfirm: (reason: string) => void;
}) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={t.contracts.terminate}
      footer={
        <>
          <button type="button" className="btn btn-secondary" onClick={onClose}>
            {t.common.cancel}
          </button>
          <button
            type="button"
            className="btn btn-danger"
            disabled={!reason.trim() || busy}
            onClick={() => onConfirm(reason.trim())}
          >
            {t.contracts.terminate}
          </button>
        </>
      }
    >
      <TextAreaField
        label={t.contracts.terminationReason}
        rows={3}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
      />
    </Dialog>
  );
}
