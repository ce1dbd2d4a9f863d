import { MigrationInterface, QueryRunner } from 'typeorm';

export class Assignments1795772700000 implements MigrationInterface {
  name = 'Assignments1795772700000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "assignments" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "organisation_id" uuid NOT NULL,
                "created_by" uuid NOT NULL,
                "title" text NOT NULL,
                "description" text NOT NULL DEFAULT '',
                "assignment_kind" text,
                "sector" text,
                "languages" text array NOT NULL DEFAULT '{}',
                "city" text,
                "country" text,
                "remote_share" smallint NOT NULL DEFAULT '0',
                "start_date" date,
                "end_date" date,
                "hours_per_week" smallint,
                "max_day_rate" integer,
                "status" text NOT NULL DEFAULT 'draft',
                "published_at" TIMESTAMP WITH TIME ZONE,
                "closed_at" TIMESTAMP WITH TIME ZONE,
                "filled_at" TIMESTAMP WITH TIME ZONE,
                "version" integer NOT NULL DEFAULT '1',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "assignments_dates_check" CHECK ("end_date" >= "start_date"),
                CONSTRAINT "assignments_rate_check" CHECK ("max_day_rate" > 0),
                CONSTRAINT "assignments_hours_check" CHECK (
                    "hours_per_week" BETWEEN 1 AND 60
                ),
                CONSTRAINT "assignments_remote_share_check" CHECK (
                    "remote_share" BETWEEN 0 AND 100
                ),
                CONSTRAINT "assignments_status_check" CHECK (
                    "status" IN ('draft', 'published', 'closed', 'filled')
                ),
                CONSTRAINT "PK_c54ca359535e0012b04dcbd80ee" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "assignments_status_idx" ON "assignments" ("status", "published_at")
        `);
    await queryRunner.query(`
            CREATE INDEX "assignments_org_created_idx" ON "assignments" ("organisation_id", "created_at", "id")
        `);
    await queryRunner.query(`
            CREATE TABLE "assignment_invitations" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "assignment_id" uuid NOT NULL,
                "interim_id" uuid NOT NULL,
                "invited_by" uuid NOT NULL,
                "message" text,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_fcdafe45b181e893a727b57d1b8" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "assignment_invitations_interim_idx" ON "assignment_invitations" ("interim_id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "assignment_invitations_once" ON "assignment_invitations" ("assignment_id", "interim_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "responses" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "assignment_id" uuid NOT NULL,
                "organisation_id" uuid NOT NULL,
                "interim_id" uuid NOT NULL,
                "motivation" text NOT NULL,
                "proposed_day_rate" integer NOT NULL,
                "available_from" date NOT NULL,
                "status" text NOT NULL DEFAULT 'submitted',
                "rejection_reason" text,
                "rejection_note" text,
                "decided_by" uuid,
                "decided_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "responses_rate_check" CHECK ("proposed_day_rate" > 0),
                CONSTRAINT "responses_status_check" CHECK (
                    "status" IN (
                        'submitted',
                        'shortlisted',
                        'rejected',
                        'selected',
                        'withdrawn'
                    )
                ),
                CONSTRAINT "PK_be3bdac59bd243dff421ad7bf70" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "responses_interim_created_idx" ON "responses" ("interim_id", "created_at", "id")
        `);
    await queryRunner.query(`
            CREATE INDEX "responses_assignment_created_idx" ON "responses" ("assignment_id", "created_at", "id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "responses_one_selected" ON "responses" ("assignment_id")
            WHERE status = 'selected'
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "responses_once_per_interim" ON "responses" ("assignment_id", "interim_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "assignment_skills" (
                "assignment_id" uuid NOT NULL,
                "position" smallint NOT NULL,
                "skill_id" uuid,
                "name" text NOT NULL,
                "weight" smallint NOT NULL,
                "must_have" boolean NOT NULL DEFAULT false,
                CONSTRAINT "assignment_skills_weight_check" CHECK (
                    "weight" BETWEEN 1 AND 5
                ),
                CONSTRAINT "PK_c6ce67db0ec8ff4faa1975ab3f1" PRIMARY KEY ("assignment_id", "position")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "assignment_skills_skill_idx" ON "assignment_skills" ("skill_id")
        `);
    await queryRunner.query(`
            ALTER TABLE "assignments"
            ADD CONSTRAINT "FK_e1ee643267b0f8e112147df96fe" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "assignments"
            ADD CONSTRAINT "FK_03fa66c20619cbc55aa4ebc69bd" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "assignment_invitations"
            ADD CONSTRAINT "FK_71bf9be59a51cb50781de4a9fbd" FOREIGN KEY ("assignment_id") REFERENCES "assignments"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "assignment_invitations"
            ADD CONSTRAINT "FK_68b4e01e24aa2da539ff4190be3" FOREIGN KEY ("interim_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "assignment_invitations"
            ADD CONSTRAINT "FK_733db9b61d11d20e65ad5f002f8" FOREIGN KEY ("invited_by") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "responses"
            ADD CONSTRAINT "FK_5b9601791c20970920162f62e64" FOREIGN KEY ("assignment_id") REFERENCES "assignments"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "responses"
            ADD CONSTRAINT "FK_c4f165c11ba4098601a2c04a151" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "responses"
            ADD CONSTRAINT "FK_294e705e6f11d5e5f6d1fb4e325" FOREIGN KEY ("interim_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "responses"
            ADD CONSTRAINT "FK_4df0ddc3aa25f3ab1b74dd03d89" FOREIGN KEY ("decided_by") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "assignment_skills"
            ADD CONSTRAINT "FK_92b579a12e2d1360e657a5f5c3d" FOREIGN KEY ("assignment_id") REFERENCES "assignments"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "assignment_skills" DROP CONSTRAINT "FK_92b579a12e2d1360e657a5f5c3d"
        `);
    await queryRunner.query(`
            ALTER TABLE "responses" DROP CONSTRAINT "FK_4df0ddc3aa25f3ab1b74dd03d89"
        `);
    await queryRunner.query(`
            ALTER TABLE "responses" DROP CONSTRAINT "FK_294e705e6f11d5e5f6d1fb4e325"
        `);
    await queryRunner.query(`
            ALTER TABLE "responses" DROP CONSTRAINT "FK_c4f165c11ba4098601a2c04a151"
        `);
    await queryRunner.query(`
            ALTER TABLE "responses" DROP CONSTRAINT "FK_5b9601791c20970920162f62e64"
        `);
    await queryRunner.query(`
            ALTER TABLE "assignment_invitations" DROP CONSTRAINT "FK_733db9b61d11d20e65ad5f002f8"
        `);
    await queryRunner.query(`
            ALTER TABLE "assignment_invitations" DROP CONSTRAINT "FK_68b4e01e24aa2da539ff4190be3"
        `);
    await queryRunner.query(`
            ALTER TABLE "assignment_invitations" DROP CONSTRAINT "FK_71bf9be59a51cb50781de4a9fbd"
        `);
    await queryRunner.query(`
            ALTER TABLE "assignments" DROP CONSTRAINT "FK_03fa66c20619cbc55aa4ebc69bd"
        `);
    await queryRunner.query(`
            ALTER TABLE "assignments" DROP CONSTRAINT "FK_e1ee643267b0f8e112147df96fe"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."assignment_skills_skill_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "assignment_skills"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."responses_once_per_interim"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."responses_one_selected"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."responses_assignment_created_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."responses_interim_created_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "responses"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."assignment_invitations_once"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."assignment_invitations_interim_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "assignment_invitations"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."assignments_org_created_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."assignments_status_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "assignments"
        `);
  }
}
