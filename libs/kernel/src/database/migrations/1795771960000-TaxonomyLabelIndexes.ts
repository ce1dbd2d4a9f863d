import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Hand-written: the lookup indexes of skill resolution and autocomplete on skill_labels.normalized,
 * which TypeORM does not model (operator classes, an expression). Kept out of entity metadata.
 */
export class TaxonomyLabelIndexes1795771960000 implements MigrationInterface {
  name = 'TaxonomyLabelIndexes1795771960000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Typo tolerance: similarity (%), word similarity (<%) and LIKE '%…%'. The importer flushes
    // its pending list after a bulk write: a long one makes the planner choose sequential scans.
    await queryRunner.query(
      `CREATE INDEX "skill_labels_normalized_trgm" ON "skill_labels" USING gin ("normalized" gin_trgm_ops)`,
    );
    // Autocomplete by prefix: LIKE 'abc%' needs text_pattern_ops under a non-C collation.
    await queryRunner.query(
      `CREATE INDEX "skill_labels_normalized_prefix" ON "skill_labels" ("normalized" text_pattern_ops)`,
    );
    // "leiding geven" = "leidinggeven" = "leiding-geven": the label without spaces and hyphens,
    // for equality and for prefixes.
    await queryRunner.query(
      `CREATE INDEX "skill_labels_compact" ON "skill_labels" ((replace(replace("normalized", ' ', ''), '-', '')) text_pattern_ops)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "skill_labels_compact"`);
    await queryRunner.query(`DROP INDEX "skill_labels_normalized_prefix"`);
    await queryRunner.query(`DROP INDEX "skill_labels_normalized_trgm"`);
  }
}
