import { MigrationInterface, QueryRunner } from 'typeorm';

/** Searches without free text list in a fixed order; these indexes let them stop at the page. */
export class SearchIndexOrder1795773300000 implements MigrationInterface {
  name = 'SearchIndexOrder1795773300000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "search_profiles_order_idx" ON "search_profiles" ("available_from" ASC NULLS FIRST, "interim_id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "search_assignments_order_idx" ON "search_assignments" ("published_at" DESC NULLS LAST, "assignment_id")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "search_assignments_order_idx"`);
    await queryRunner.query(`DROP INDEX "search_profiles_order_idx"`);
  }
}
