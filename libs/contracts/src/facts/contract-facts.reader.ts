import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { sql } from '@gilde/kernel';
import { ContractStatus } from '../domain/contract-terms';

/** A contract as other libraries may read it. */
export interface ContractFact {
  id: string;
  assignmentId: string;
  organisationId: string;
  interimId: string;
  status: ContractStatus;
  createdBy: string;
}

/** A review as other libraries may read it, with the assignment of its contract. */
export interface ReviewFact {
  id: string;
  contractId: string;
  assignmentId: string | null;
  organisationId: string;
  interimId: string;
  authorSide: string;
}

/** Contracts and reviews for other libraries, on the caller's manager. */
@Injectable()
export class ContractFacts {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private db(manager?: EntityManager) {
    return sql(manager ?? this.dataSource);
  }

  async contract(id: string, manager?: EntityManager): Promise<ContractFact | null> {
    const row = await this.db(manager)
      .selectFrom('contracts')
      .select(['id', 'assignmentId', 'organisationId', 'interimId', 'status', 'createdBy'])
      .where('id', '=', id)
      .executeTakeFirst();
    return row ? { ...row, status: row.status as ContractStatus } : null;
  }

  async review(id: string, manager?: EntityManager): Promise<ReviewFact | null> {
    const row = await this.db(manager)
      .selectFrom('reviews as r')
      .leftJoin('contracts as c', 'c.id', 'r.contractId')
      .select([
        'r.id',
        'r.contractId',
        'c.assignmentId',
        'r.organisationId',
        'r.interimId',
        'r.authorSide',
      ])
      .where('r.id', '=', id)
      .executeTakeFirst();
    return row ?? null;
  }
}
