import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import { ApiError, api, call } from '../../../api/client';
import { queryKeys } from '../../../api/queries';
import { useToast } from '../../../components/ui';
import { useI18n } from '../../../i18n/i18n';
import { changedFields, toBody } from '../../../lib/assignment-draft';
import type { Assignment, Draft } from '../../../lib/assignment-draft';

/**
 * Saves the draft (creating it, or sending only what changed) and publishes it when asked; then
 * opens the saved assignment.
 */
export function useSaveAssignment({
  initial,
  start,
  draft,
  organisationId,
  onError,
}: {
  initial: Assignment | undefined;
  start: Draft;
  draft: Draft;
  organisationId: string | undefined;
  onError: (err: unknown) => void;
}) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const toast = useToast();
  return useMutation({
    mutationFn: async (publish: boolean) => {
      let saved: Assignment;
      if (initial) {
        const changes = changedFields(start, draft);
        saved = Object.keys(changes).length
          ? await call(
              api.PATCH('/api/v1/assignments/{id}', {
                params: { path: { id: initial.id } },
                body: changes,
              }),
            )
          : initial;
      } else {
        saved = await call(
          api.POST('/api/v1/assignments', {
            body: { ...toBody(draft), organisationId: organisationId! },
          }),
        );
      }
      if (publish && saved.status === 'draft') {
        try {
          saved = await call(
            api.POST('/api/v1/assignments/{id}/publish', { params: { path: { id: saved.id } } }),
          );
        } catch (err) {
          // The draft is saved; continue on the editor of the saved draft, carrying what
          // publishing still needs so it shows next to the fields there.
          if (!initial && err instanceof ApiError) {
            void navigate(`/assignments/${saved.id}/edit`, {
              replace: true,
              state: {
                publishRefused: { status: err.status, code: err.code, fields: err.fields },
              },
            });
          }
          throw err;
        }
      }
      return { saved, published: publish };
    },
    onSuccess: async ({ saved, published }) => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.assignments.all });
      queryClient.setQueryData(queryKeys.assignment(saved.id), saved);
      toast({ title: published ? t.assignment.publishedToast : t.assignment.savedToast });
      void navigate(`/assignments/${saved.id}`);
    },
    onError,
  });
}
