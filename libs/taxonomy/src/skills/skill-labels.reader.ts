import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { sql } from '@gilde/kernel';
import { normalizeLabel } from './normalize-label';

/** The skill labels other libraries read: exact lookups and every label grouped per skill. */
@Injectable()
export class SkillLabels {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The skills a text names exactly, in any language (preferred label or synonym, any case or
   * accents): one index lookup, at most `limit` skills.
   */
  async skillIdsNamed(text: string, limit = 5): Promise<string[]> {
    const key = normalizeLabel(text.slice(0, 200));
    if (!key) return [];
    const rows = await sql(this.dataSource)
      .selectFrom('skillLabels')
      .select('skillId')
      .distinct()
      .where('normalized', '=', key)
      .limit(limit)
      .execute();
    return rows.map((r) => r.skillId);
  }

  /** Every label of every skill, grouped per skill (preferred first, then by language). */
  async groups(): Promise<{ labels: string[] }[]> {
    const rows = await sql(this.dataSource)
      .selectFrom('skillLabels')
      .select((eb) =>
        eb.fn
          .agg<string[]>('array_agg', ['label'])
          .orderBy('kind', 'desc')
          .orderBy('lang')
          .orderBy('label')
          .as('labels'),
      )
      .groupBy('skillId')
      .execute();
    return rows;
  }
}
