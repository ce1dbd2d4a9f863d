import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** Tables owned by other libraries that enrich our read models when they are installed. */
export type OptionalTable = 'interim_profiles' | 'assignment_matches';

/**
 * Whether another library's table exists. Responses show profile headlines and match scores
 * when the profiles and matching schemas are migrated, and plain nulls before that. A table
 * once seen stays (migrations only add), so the check costs one query per process.
 */
@Injectable()
export class OptionalTables {
  private readonly present = new Set<OptionalTable>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async has(table: OptionalTable): Promise<boolean> {
    if (this.present.has(table)) return true;
    const rows: { present: boolean }[] = await this.dataSource.query(
      `SELECT to_regclass($1) IS NOT NULL AS present`,
      [`public.${table}`],
    );
    if (rows[0]?.present) this.present.add(table);
    return this.present.has(table);
  }
}
