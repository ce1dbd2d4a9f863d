import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, call } from '../../../api/client';
import type { Schemas } from '../../../api/client';
import { queryKeys } from '../../../api/queries';
import { errorMessage } from '../../../components/forms';
import { useToast } from '../../../components/ui';
import { useI18n } from '../../../i18n/i18n';
import type { Response } from '../../../lib/responses';

export type RejectionReason = Schemas['RejectResponseDto']['reason'];

export type Decision =
  | { response: Response; action: 'shortlist' | 'select' }
  | { response: Response; action: 'reject'; reason: RejectionReason; note?: string };

/** Shortlists, selects or rejects a response; `onDecided` runs after a success. */
export function useDecideResponse(assignmentId: string, onDecided: () => void) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const toast = useToast();
  return useMutation({
    mutationFn: async (input: Decision) => {
      const path = { params: { path: { id: input.response.id } } };
      if (input.action === 'reject')
        return call(
          api.POST('/api/v1/responses/{id}/reject', {
            ...path,
            body: { reason: input.reason, ...(input.note ? { note: input.note } : {}) },
          }),
        );
      if (input.action === 'shortlist')
        return call(api.POST('/api/v1/responses/{id}/shortlist', path));
      return call(api.POST('/api/v1/responses/{id}/select', path));
    },
    onSuccess: (_r, input) => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.responses(assignmentId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.assignment(assignmentId) });
      toast({ title: t.responses.decided[input.action](input.response.interim.displayName) });
      onDecided();
    },
    onError: (err) =>
      toast({ title: t.errors.couldNotSave, body: errorMessage(err, t), tone: 'danger' }),
  });
}
