import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, call } from '../../../api/client';
import { queryKeys } from '../../../api/queries';
import { errorMessage } from '../../../components/forms';
import { useToast } from '../../../components/ui';
import { useI18n } from '../../../i18n/i18n';

export type AssignmentTransition = 'publish' | 'close' | 'reopen';

/** Publishes, closes or reopens an assignment, and shows the result on the page and in lists. */
export function useAssignmentTransition(assignmentId: string) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const toast = useToast();
  return useMutation({
    mutationFn: (action: AssignmentTransition) => {
      const path = { params: { path: { id: assignmentId } } };
      if (action === 'publish') return call(api.POST('/api/v1/assignments/{id}/publish', path));
      if (action === 'close') return call(api.POST('/api/v1/assignments/{id}/close', path));
      return call(api.POST('/api/v1/assignments/{id}/reopen', path));
    },
    onSuccess: (updated, action) => {
      queryClient.setQueryData(queryKeys.assignment(assignmentId), updated);
      void queryClient.invalidateQueries({ queryKey: queryKeys.assignments.all });
      toast({ title: t.assignment.transitioned[action] });
    },
    onError: (err) =>
      toast({ title: t.errors.couldNotSave, body: errorMessage(err, t), tone: 'danger' }),
  });
}
