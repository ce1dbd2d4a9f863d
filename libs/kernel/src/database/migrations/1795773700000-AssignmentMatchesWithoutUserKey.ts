import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Stored matches are rewritten on every computation. The foreign key to users made each inserted
 * row lock its interim's user row (FOR KEY SHARE writes to that row): about half the cost of
 * storing a list. Matches are derived data: erasure deletes them (personal-data registry), the
 * matching worker removes an erased interim's rows, and nothing hard-deletes users without
 * deleting their matches first.
 */
export class AssignmentMatchesWithoutUserKey1795773700000 implements MigrationInterface {
  name = 'AssignmentMatchesWithoutUserKey1795773700000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "assignment_matches" DROP CONSTRAINT "FK_fccb12640be2a3ef20e0ffba8f9"`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "assignment_matches" ADD CONSTRAINT "FK_fccb12640be2a3ef20e0ffba8f9" FOREIGN KEY ("interim_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }
}
