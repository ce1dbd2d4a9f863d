import { Injectable } from '@nestjs/common';
import { ResponseRelations } from '@gilde/assignments';
import { ContractRelations } from '../browsing/contract-relations';

export interface Relationship {
  /** The interim responded to one of the organisations' assignments, or has a contract with one. */
  related: boolean;
  /** Contact data may be shown: a response that was not withdrawn. */
  contactable: boolean;
}

/**
 * What ties an interim to the caller's organisations. A relationship (any response, even a
 * withdrawn one, or a contract) means the organisation already knows the interim: opening the
 * profile again does not count against the viewing quota. Contact data needs a response that
 * still stands.
 */
@Injectable()
export class ContactAccess {
  constructor(
    private readonly responses: ResponseRelations,
    private readonly contracts: ContractRelations,
  ) {}

  async relationshipWith(interimId: string, organisationIds: string[]): Promise<Relationship> {
    const [responses, contracted] = await Promise.all([
      this.responses.between(interimId, organisationIds),
      this.contracts.existsWith(interimId, organisationIds),
    ]);
    return { related: responses.responded || contracted, contactable: responses.standing };
  }
}
