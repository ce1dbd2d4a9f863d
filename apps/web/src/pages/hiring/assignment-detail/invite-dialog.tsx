import { TextAreaField } from '../../../components/forms';
import { Dialog } from '../../../components/ui';
import { useI18n } from '../../../i18n/i18n';
import type { MatchView } from '../../../lib/matches';

/** Asks for an optional message before inviting a matched candidate. */
export function InviteDialog({
  match,
  message,
  onMessage,
  busy,
  onClose,
  onConfirm,
}: {
  match: MatchView | null;
  message: string;
  onMessage: (message: string) => void;
  busy: boolean;
  onClose: () => void;
  onConfirm: () => void;
}) {
  const { t } = useI18n();
  return (
    <Dialog
      open={match !== null}
      onClose={onClose}
      title={t.matches.inviteTitle(match?.interim.headline ?? '')}
      footer={
        <>
          <button type="button" className="btn btn-secondary" onClick={onClose}>
            {t.common.cancel}
          </button>
          <button type="button" className="btn btn-primary" disabled={busy} onClick={onConfirm}>
            {t.matches.sendInvite}
          </button>
        </>
      }
    >
      <div className="form">
        <p className="muted">{t.matches.inviteLead}</p>
        <TextAreaField
          label={t.matches.message}
          optional
          rows={4}
          value={message}
          onChange={(e) => onMessage(e.target.value)}
        />
      </div>
    </Dialog>
  );
}
