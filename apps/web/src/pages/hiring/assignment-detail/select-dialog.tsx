import { Dialog } from '../../../components/ui';
import { useI18n } from '../../../i18n/i18n';
import type { Response } from '../../../lib/responses';

/** Confirms selecting a candidate for the assignment. */
export function SelectDialog({
  response,
  busy,
  onClose,
  onConfirm,
}: {
  response: Response | null;
  busy: boolean;
  onClose: () => void;
  onConfirm: () => void;
}) {
  const { t } = useI18n();
  return (
    <Dialog
      open={response !== null}
      onClose={onClose}
      title={t.responses.selectTitle(response?.interim.displayName ?? '')}
      footer={
        <>
          <button type="button" className="btn btn-secondary" onClick={onClose}>
            {t.common.cancel}
          </button>
          <button type="button" className="btn btn-primary" disabled={busy} onClick={onConfirm}>
            {t.responses.select}
          </button>
        </>
      }
    >
      <p>{t.responses.selectBody}</p>
    </Dialog>
  );
}
