import { useMutation } from '@tanstack/react-query';
import { api, call } from '../../../api/client';
import { errorMessage } from '../../../components/forms';
import { useToast } from '../../../components/ui';
import { useI18n } from '../../../i18n/i18n';
import type { MatchView } from '../../../lib/matches';

/** Invites a matched candidate to respond, with an optional personal message. */
export function useInvite(assignmentId: string, onInvited: (m: MatchView) => void) {
  const { t } = useI18n();
  const toast = useToast();
  return useMutation({
    mutationFn: ({ match, message }: { match: MatchView; message: string }) =>
      call(
        api.POST('/api/v1/assignments/{id}/invitations', {
          params: { path: { id: assignmentId } },
          body: {
            interimId: match.interim.id,
            ...(message.trim() ? { message: message.trim() } : {}),
          },
        }),
      ),
    onSuccess: (_r, { match }) => {
      toast({ title: t.matches.invited(match.interim.headline) });
      onInvited(match);
    },
    onError: (err) =>
      toast({ title: t.errors.couldNotSave, body: errorMessage(err, t), tone: 'danger' }),
  });
}
