import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuthUser, IdentityErrors } from '@gilde/identity';
import { apiError } from '@gilde/kernel';
import { PERSONAL_DATA_SOURCES } from './personal-data.registry';
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
      await manager.query('SET TRANSACTION READ ONLY');
      const catalog = await loadSchemaCatalog(manager);
      const account: { email: string | null }[] = await manager.query(
        `SELECT email FROM users WHERE id = $1 AND erased_at IS NULL`,
        [user.id],
      );
      if (!account[0]) {
        throw apiError(401, IdentityErrors.account_gone, 'The account no longer exists.');
      }
      const email = account[0].email;

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
        const rows: { row: Record<string, unknown> }[] = !subject
          ? []
          : source.exportQuery
            ? await manager.query(source.exportQuery, [subject])
            : await manager.query(
                `SELECT to_jsonb(t) - $2::text[] AS row FROM ${ident(source.table)} t
                  WHERE t.${ident(source.column)} = $1 ORDER BY ${order}`,
                [subject, source.omit ?? []],
              );
        const items = rows.map((r) => camelKeys(r.row));
        document[source.section] = source.single ? (items[0] ?? null) : items;
      }
      return document;
    });
  }
}

function camelKeys(row: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(row).map(([key, value]) => [
      key.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase()),
      value,
    ]),
  );
}
