import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { sql } from '@gilde/kernel';

/** What a contract names of an organisation as a party. */
export interface OrganisationRegistration {
  id: string;
  name: string;
  /** Chamber of Commerce number, when registered. */
  kvkNumber: string | null;
}

/** Organisations as other libraries may read them: by batches of ids, on the caller's manager. */
@Injectable()
export class OrganisationDirectory {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async registrations(
    ids: string[],
    manager?: EntityManager,
  ): Promise<Map<string, OrganisationRegistration>> {
    if (!ids.length) return new Map();
    const rows = await sql(manager ?? this.dataSource)
      .selectFrom('organisations')
      .select(['id', 'name', 'kvkNumber'])
      .where('id', '=', (eb) => eb.fn.any(eb.val([...new Set(ids)])))
      .execute();
    return new Map(rows.map((r) => [r.id, r]));
  }
}
