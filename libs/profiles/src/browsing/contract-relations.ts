import { EntityManager } from 'typeorm';

/**
 * Whether an interim has a contract with one of some organisations. Contracts read profiles, so
 * profiles cannot import them: the contracts library provides this port
 * (`ContractRelationsModule`, global) and the API app imports that module.
 */
export abstract class ContractRelations {
  abstract existsWith(
    interimId: string,
    organisationIds: string[],
    manager?: EntityManager,
  ): Promise<boolean>;
}
