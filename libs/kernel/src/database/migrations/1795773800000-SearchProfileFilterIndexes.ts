import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A skill filter combined with a sector (or kind) filter read every holder of a common skill
 * (about 20,000 rows at 100,000 profiles) to keep the few in the sector. With these indexes the
 * planner intersects the two bitmaps first (about 20 ms → 5 ms).
 */
export class SearchProfileFilterIndexes1795773800000 implements MigrationInterface {
  name = 'SearchProfileFilterIndexes1795773800000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "search_profiles_sectors_idx" ON "search_profiles" USING gin ("sectors")`,
    );
    await queryRunner.query(
      `CREATE INDEX "search_profiles_kinds_idx" ON "search_profiles" USING gin ("assignment_kinds")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "search_profiles_kinds_idx"`);
    await queryRunner.query(`DROP INDEX "search_profiles_sectors_idx"`);
  }
}
