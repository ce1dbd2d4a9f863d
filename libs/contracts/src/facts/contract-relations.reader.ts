import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { sql } from '@gilde/kernel';
import { ContractRelations } from '@gilde/profiles';

/** The contracts side of the profiles library's `ContractRelations` port. */
@Injectable()
export class ContractRelationsReader implements ContractRelations {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async existsWith(
    interimId: string,
    organisationIds: string[],
    manager?: EntityManager,
  ): Promise<boolean> {
    if (!organisationIds.length) return false;
    const row = await sql(manager ?? this.dataSource)
      .selectFrom('contracts')
      .select('id')
      .where('interimId', '=', interimId)
      .where('organisationId', '=', (eb) => eb.fn.any(eb.val(organisationIds)))
      .limit(1)
      .executeTakeFirst();
    return row !== undefined;
  }
}
