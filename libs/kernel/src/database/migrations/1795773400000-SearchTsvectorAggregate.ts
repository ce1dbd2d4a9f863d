import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Concatenates tsvectors across rows: a full search rebuild parses each skill's labels once and
 * joins the vectors per profile, instead of parsing every profile's skill text again.
 */
export class SearchTsvectorAggregate1795773400000 implements MigrationInterface {
  name = 'SearchTsvectorAggregate1795773400000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE AGGREGATE search_tsvector_agg(tsvector) (SFUNC = tsvector_concat, STYPE = tsvector, INITCOND = '')`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP AGGREGATE search_tsvector_agg(tsvector)`);
  }
}
