import { useState } from 'react';
import { SelectField, TextAreaField } from '../../../components/forms';
import { Dialog } from '../../../components/ui';
import { useI18n } from '../../../i18n/i18n';
import type { Response } from '../../../lib/responses';
import type { RejectionReason } from './use-decide-response';

const REJECTION_REASONS: RejectionReason[] = [
  'experience_mismatch',
  'availability',
  'rate',
  'other_candidate_selected',
  'assignment_cancelled',
  'other',
];

/** Asks why a response is rejected (a reason and an optional note) before rejecting it. */
export function RejectDialog({
  response,
  busy,
  onClose,
  onConfirm,
}: {
  response: Response | null;
  busy: boolean;
  onClose: () => void;
  onConfirm: (reason: RejectionReason, note?: string) => void;
}) {
  const { t } = useI18n();
  const [reason, setReason] = useState<RejectionReason>('experience_mismatch');
  const [note, setNote] = useState('');
  return (
    <Dialog
      open={response !== null}
      onClose={onClose}
      title={t.responses.rejectTitle(response?.interim.displayName ?? '')}
      footer={
        <>
          <button type="button" className="btn btn-secondary" onClick={onClose}>
            {t.common.cancel}
          </button>
          <button
            type="button"
            className="btn btn-danger"
            disabled={busy}
            onClick={() => onConfirm(reason, note.trim() || undefined)}
          >
            {t.responses.reject}
          </button>
        </>
      }
    >
      <div className="form">
        <p className="muted">{t.responses.rejectLead}</p>
        <SelectField
          label={t.responses.reason}
          value={reason}
          onChange={(e) => setReason(e.target.value as RejectionReason)}
          options={REJECTION_REASONS.map((r) => ({ value: r, label: t.rejectionReasons[r] }))}
        />
        <TextAreaField
          label={t.responses.note}
          optional
          rows={3}
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
      </div>
    </Dialog>
  );
}
