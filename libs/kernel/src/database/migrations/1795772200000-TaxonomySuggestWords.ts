import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The word vocabulary skill autocomplete corrects typos against (hand-written for its trigram index).
 */
export class TaxonomySuggestWords1795772200000 implements MigrationInterface {
  name = 'TaxonomySuggestWords1795772200000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "skill_words" (
        "word" text NOT NULL,
        "frequency" integer NOT NULL,
        CONSTRAINT "PK_e75b522e6a4f9c56bdaca300914" PRIMARY KEY ("word")
      )
    `);
    await queryRunner.query(
      `CREATE INDEX "skill_words_word_trgm" ON "skill_words" USING gin ("word" gin_trgm_ops)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "skill_words"`);
  }
}
