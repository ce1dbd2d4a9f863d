import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, call } from '../../../api/client';
import { queryKeys } from '../../../api/queries';
import { errorMessage } from '../../../components/forms';
import { useToast } from '../../../components/ui';
import { useI18n } from '../../../i18n/i18n';
import type { Contract } from '../../../lib/contracts';

export type ContractAction = 'send' | 'accept' | 'countersign' | 'complete';

/** The API asks for the user agent for its audit trail; the browser sends its own regardless. */
const UA = { 'user-agent': typeof navigator === 'undefined' ? '' : navigator.userAgent };

/**
 * The contract's state changes (send, accept, countersign, complete, terminate) and what follows
 * each: the stored contract replaced, lists and the audit trail refreshed, a toast.
 */
export function useContractActions(contractId: string, onDone: () => void) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const toast = useToast();

  const done = (updated: Contract, message: string) => {
    queryClient.setQueryData(queryKeys.contract(contractId), updated);
    void queryClient.invalidateQueries({ queryKey: queryKeys.contracts.all });
    void queryClient.invalidateQueries({ queryKey: queryKeys.contractAudit(contractId) });
    toast({ title: message });
    onDone();
  };
  const fail = (err: unknown) =>
    toast({ title: t.errors.couldNotSave, body: errorMessage(err, t), tone: 'danger' });

  const path = { params: { path: { id: contractId }, header: UA } };
  const act = useMutation({
    mutationFn: (action: ContractAction) => {
      if (action === 'send') return call(api.POST('/api/v1/contracts/{id}/send', path));
      if (action === 'accept') return call(api.POST('/api/v1/contracts/{id}/accept', path));
      if (action === 'countersign')
        return call(api.POST('/api/v1/contracts/{id}/countersign', path));
      return call(api.POST('/api/v1/contracts/{id}/complete', path));
    },
    onSuccess: (updated, action) => done(updated, t.contracts.done[action]),
    onError: fail,
  });
  const terminate = useMutation({
    mutationFn: (reason: string) =>
      call(api.POST('/api/v1/contracts/{id}/terminate', { ...path, body: { reason } })),
    onSuccess: (updated) => done(updated, t.contracts.done.terminate),
    onError: fail,
  });
  return { act, terminate, done, fail };
}
