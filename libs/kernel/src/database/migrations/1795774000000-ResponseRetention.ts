import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The retention schedule deletes responses that were not selected four weeks after their
 * assignment closed; what remains for the organisation's statistics is the outcome without the
 * person, with when and under which policy the response was deleted.
 */
export class ResponseRetention1795774000000 implements MigrationInterface {
  name = 'ResponseRetention1795774000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "response_outcomes" (
                "response_id" uuid NOT NULL,
                "assignment_id" uuid NOT NULL,
                "organisation_id" uuid NOT NULL,
                "status" text NOT NULL,
                "responded_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "decided_at" TIMESTAMP WITH TIME ZONE,
                "purged_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "policy" text NOT NULL,
                CONSTRAINT "PK_df645c857f51ae85854dfac5b7d" PRIMARY KEY ("response_id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "response_outcomes_assignment_idx" ON "response_outcomes" ("assignment_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "response_outcomes_organisation_idx" ON "response_outcomes" ("organisation_id")
        `);
    await queryRunner.query(`
            ALTER TABLE "response_outcomes"
            ADD CONSTRAINT "FK_a0db645bd0648d0fa89c6d881d7" FOREIGN KEY ("assignment_id") REFERENCES "assignments"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "response_outcomes"
            ADD CONSTRAINT "FK_9e5fdb86a6b3e26fc8696d7ca52" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "response_outcomes" DROP CONSTRAINT "FK_9e5fdb86a6b3e26fc8696d7ca52"
        `);
    await queryRunner.query(`
            ALTER TABLE "response_outcomes" DROP CONSTRAINT "FK_a0db645bd0648d0fa89c6d881d7"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."response_outcomes_organisation_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."response_outcomes_assignment_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "response_outcomes"
        `);
  }
}
