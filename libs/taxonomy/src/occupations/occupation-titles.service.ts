import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { sql } from '@gilde/kernel';

/** An occupation's preferred title in English and in Dutch. */
export interface OccupationTitle {
  en: string;
  nl: string;
}

/**
 * The occupations' titles in both languages, for readers that translate job titles (search
 * matches "human resources manager" with "hoofd personeelszaken"). A few thousand short rows.
 */
@Injectable()
export class OccupationTitlesService {
  constructor(private readonly dataSource: DataSource) {}

  async list(): Promise<OccupationTitle[]> {
    const rows = await sql(this.dataSource)
      .selectFrom('occupations')
      .select(['labelEn', 'labelNl'])
      .where('labelNl', 'is not', null)
      .orderBy('labelEn')
      .execute();
    return rows.map((r) => ({ en: r.labelEn, nl: r.labelNl ?? '' }));
  }
}
