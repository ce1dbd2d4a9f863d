import { transitionRefused } from '@gilde/kernel';
import { ContractStatus } from './contract-terms';

export type ContractAction =
  'edit' | 'send' | 'accept' | 'countersign' | 'complete' | 'terminate' | 'extend' | 'review';

/**
 * Where each action may start. Everything not listed is refused with 409.
 * Editing a sent or accepted contract is allowed: it returns the contract to draft and
 * invalidates the acceptances (the document changed, so what was accepted no longer exists).
 */
export const ALLOWED_FROM: Readonly<Record<ContractAction, readonly ContractStatus[]>> = {
  edit: ['draft', 'sent', 'accepted'],
  send: ['draft'],
  accept: ['sent'],
  countersign: ['accepted'],
  complete: ['active'],
  terminate: ['draft', 'sent', 'accepted', 'active'],
  extend: ['active'],
  review: ['completed'],
};

export function canDo(action: ContractAction, status: ContractStatus): boolean {
  return ALLOWED_FROM[action].includes(status);
}

/** Throws 409 naming the current state unless `action` is allowed from `status`. */
export function assertCanDo(action: ContractAction, status: ContractStatus): void {
  if (!canDo(action, status)) throw transitionRefused('contract', action, status);
}
