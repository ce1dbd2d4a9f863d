import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuthUser, IdentityErrors } from '@gilde/identity';
import { apiError, sql } from '@gilde/kernel';
import { PERSONAL_DATA_SOURCES, PersonalDataSource } from './personal-data.registry';
import { ident, loadSchemaCatalog } from './schema-catalog';

export const EXPORT_FORMAT = 'gilde-personal-data-export/1';

export type PersonalDataExport = {
  format: string;
  exportedAt: string;
  subjectId: string;
} & Record<string, unknown>;

/**
 * GDPR Art. 15 and 20: everything stored about the caller, one section per registry entry,
 * read from one consistent snapshot. Other people's identifiers listed in `omit` stay out.
 */
@Injectable()
export class PersonalDataExportService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async export(user: AuthUser): Promise<PersonalDataExport> {
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      // raw SQL: a transaction mode, which the query builder has no statement for
      await manager.query('SET TRANSACTION READ ONLY');
      const catalog = await loadSchemaCatalog(manager);
      const account = await sql(manager)
        .selectFrom('users')
        .select('email')
        .where('id', '=', user.id)
        .where('erasedAt', 'is', null)
        .executeTakeFirst();
      if (!account) {
        throw apiError(401, IdentityErrors.account_gone, 'The account no longer exists.');
      }
      const email = account.email;

      const document: PersonalDataExport = {
        format: EXPORT_FORMAT,
        exportedAt: new Date().toISOString(),
        subjectId: user.id,
      };
      for (const source of PERSONAL_DATA_SOURCES) {
        const table = catalog.get(source.table);
        if (!table?.columns.has(source.column)) continue;
        const subject = source.by === 'email' ? email : user.id;
        const order = (table.primaryKey.length ? table.primaryKey : [source.column])
          .map(ident)
          .join(', ');
        const rows = subject ? await sourceRows(manager, source, subject, order) : [];
        const items = rows.map((r) => camelKeys(r.row));
        document[source.section] = source.single ? (items[0] ?? null) : items;
      }
      return document;
    });
  }
}

/** The subject's rows of one registry source, each as one JSON object. */
async function sourceRows(
  manager: EntityManager,
  source: PersonalDataSource,
  subject: string,
  order: string,
): Promise<{ row: Record<string, unknown> }[]> {
  if (source.exportQuery) {
    // raw SQL: the registry's own statement for this source
    return manager.query(source.exportQuery, [subject]);
  }
  // raw SQL: table and columns come from the personal-data registry, not the schema types
  return manager.query(
    `SELECT to_jsonb(t) - $2::text[] AS row FROM ${ident(source.table)} t
      WHERE t.${ident(source.column)} = $1 ORDER BY ${order}`,
    [subject, source.omit ?? []],
  );
}

function camelKeys(row: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(row).map(([key, value]) => [
      key.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase()),
      value,
    ]),
  );
}
