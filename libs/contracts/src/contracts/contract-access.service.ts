import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuthUser, OrganisationAccessService, OrganisationRole } from '@gilde/identity';
import { apiError, notFound } from '@gilde/kernel';
import { ContractErrors } from '../contracts.errors';
import { Contract } from '../entities/contract.entity';

export type ContractViewer =
  { side: 'interim' } | { side: 'organisation'; roles: OrganisationRole[] };

/**
 * Who may see and act on a contract. The organisation's procurement desk and hiring managers see
 * it; the interim manager sees it once it has been sent. Everyone else gets 404, exactly as for
 * a contract that does not exist.
 */
@Injectable()
export class ContractAccessService {
  constructor(private readonly access: OrganisationAccessService) {}

  async load(manager: EntityManager, id: string, lock = false): Promise<Contract> {
    const contract = await manager.findOne(Contract, {
      where: { id },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!contract) throw notFound('Contract');
    return contract;
  }

  async viewer(
    user: AuthUser,
    contract: Contract,
    manager?: EntityManager,
  ): Promise<ContractViewer> {
    if (user.accountType === 'interim') {
      if (user.id !== contract.interimId || !contract.firstSentAt) throw notFound('Contract');
      return { side: 'interim' };
    }
    const roles = await this.access.require(
      user,
      contract.organisationId,
      ['procurement', 'hiring_manager'],
      'Contract',
      manager,
    );
    return { side: 'organisation', roles };
  }

  /** Procurement of the contract's organisation; the interim of the contract gets 403, others 404. */
  async requireProcurement(
    user: AuthUser,
    contract: Contract,
    action: string,
    manager?: EntityManager,
  ): Promise<void> {
    if (user.accountType === 'interim') {
      if (user.id === contract.interimId && contract.firstSentAt) {
        throw apiError(
          403,
          ContractErrors.procurement_only,
          `Only the client's procurement desk can ${action} a contract.`,
        );
      }
      throw notFound('Contract');
    }
    await this.access.require(user, contract.organisationId, ['procurement'], 'Contract', manager);
  }

  /** The interim of the contract; members of its organisation get 403, others 404. */
  async requireInterim(
    user: AuthUser,
    contract: Contract,
    action: string,
    manager?: EntityManager,
  ): Promise<void> {
    if (user.accountType === 'interim') {
      if (user.id === contract.interimId && contract.firstSentAt) return;
      throw notFound('Contract');
    }
    await this.access.require(user, contract.organisationId, [], 'Contract', manager);
    throw apiError(
      403,
      ContractErrors.interim_only,
      `Only the interim manager of this contract can ${action} it.`,
    );
  }
}
