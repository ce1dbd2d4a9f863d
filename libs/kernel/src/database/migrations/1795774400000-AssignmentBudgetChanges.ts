import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Changes of a published assignment's maximum day rate: who changed it, when, from what to what,
 * so an organisation sees how often its budget moved.
 */
export class AssignmentBudgetChanges1795774400000 implements MigrationInterface {
  name = 'AssignmentBudgetChanges1795774400000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "assignment_budget_changes" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "assignment_id" uuid NOT NULL,
                "organisation_id" uuid NOT NULL,
                "changed_by" uuid NOT NULL,
                "from_max_day_rate" integer,
                "to_max_day_rate" integer,
                "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_65838fdc33b25d18bbee819b71c" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "assignment_budget_changes_assignment_idx" ON "assignment_budget_changes" ("assignment_id", "changed_at", "id")
        `);
    await queryRunner.query(`
            ALTER TABLE "assignment_budget_changes"
            ADD CONSTRAINT "FK_fd2e753f6b4e2a9e831537e35cc" FOREIGN KEY ("assignment_id") REFERENCES "assignments"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "assignment_budget_changes"
            ADD CONSTRAINT "FK_a173927fcd13fe6a74ca99cc79f" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "assignment_budget_changes"
            ADD CONSTRAINT "FK_fce7fb7004fee9ec82581f6136e" FOREIGN KEY ("changed_by") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "assignment_budget_changes" DROP CONSTRAINT "FK_fce7fb7004fee9ec82581f6136e"
        `);
    await queryRunner.query(`
            ALTER TABLE "assignment_budget_changes" DROP CONSTRAINT "FK_a173927fcd13fe6a74ca99cc79f"
        `);
    await queryRunner.query(`
            ALTER TABLE "assignment_budget_changes" DROP CONSTRAINT "FK_fd2e753f6b4e2a9e831537e35cc"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."assignment_budget_changes_assignment_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "assignment_budget_changes"
        `);
  }
}
