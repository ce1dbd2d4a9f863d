import { MigrationInterface, QueryRunner } from 'typeorm';

/** Interim profiles, their skills, availability calendar and credentials. */
export class InterimProfiles1795772250000 implements MigrationInterface {
  name = 'InterimProfiles1795772250000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "interim_profiles" (
                "user_id" uuid NOT NULL,
                "headline" text NOT NULL,
                "summary" text,
                "sectors" text array NOT NULL DEFAULT '{}',
                "assignment_kinds" text array NOT NULL DEFAULT '{}',
                "languages" text array NOT NULL DEFAULT '{}',
                "city" text NOT NULL,
                "country" text NOT NULL,
                "max_travel_km" integer,
                "remote_preference" text NOT NULL,
                "day_rate_min" integer NOT NULL,
                "day_rate_max" integer NOT NULL,
                "hours_min" smallint NOT NULL,
                "hours_max" smallint NOT NULL,
                "available_from" date,
                "notify" text NOT NULL,
                "notify_sectors" text array NOT NULL DEFAULT '{}',
                "visibility" text NOT NULL,
                "kvk_number" text,
                "vat_id" text,
                "version" integer NOT NULL DEFAULT '1',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "interim_profiles_notify_check" CHECK (notify IN ('instant', 'daily', 'off')),
                CONSTRAINT "interim_profiles_remote_check" CHECK (
                    remote_preference IN ('remote', 'hybrid', 'onsite')
                ),
                CONSTRAINT "interim_profiles_visibility_check" CHECK (visibility IN ('public', 'clients', 'hidden')),
                CONSTRAINT "interim_profiles_hours_check" CHECK (
                    hours_min BETWEEN 1 AND 60
                    AND hours_max BETWEEN 1 AND 60
                    AND hours_min <= hours_max
                ),
                CONSTRAINT "interim_profiles_day_rate_check" CHECK (
                    day_rate_min > 0
                    AND day_rate_min <= day_rate_max
                ),
                CONSTRAINT "PK_fd1185ab7d3ce3898ce8a0763e4" PRIMARY KEY ("user_id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "availability_periods" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "user_id" uuid NOT NULL,
                "from_date" date NOT NULL,
                "to_date" date NOT NULL,
                "hours_per_week" smallint NOT NULL,
                CONSTRAINT "availability_periods_hours_check" CHECK (
                    hours_per_week BETWEEN 1 AND 60
                ),
                CONSTRAINT "availability_periods_dates_check" CHECK (from_date <= to_date),
                CONSTRAINT "PK_26029038f6c60ed1508add58125" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "availability_periods_user_idx" ON "availability_periods" ("user_id", "from_date")
        `);
    await queryRunner.query(`
            CREATE TABLE "credentials" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "user_id" uuid NOT NULL,
                "type" text NOT NULL,
                "number" text NOT NULL,
                "valid_until" date NOT NULL,
                "status" text NOT NULL DEFAULT 'unverified',
                "verified_at" TIMESTAMP WITH TIME ZONE,
                "verified_by" uuid,
                "suspended_at" TIMESTAMP WITH TIME ZONE,
                "suspended_by" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "credentials_status_check" CHECK (
                    status IN ('unverified', 'verified', 'expired', 'suspended')
                ),
                CONSTRAINT "credentials_type_check" CHECK (type IN ('RQIM', 'CEIM', 'other')),
                CONSTRAINT "PK_1e38bc43be6697cdda548ad27a6" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "credentials_status_idx" ON "credentials" ("status", "created_at")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "credentials_identity_unique" ON "credentials" ("user_id", "type", "number", "valid_until")
        `);
    await queryRunner.query(`
            CREATE TABLE "profile_skills" (
                "user_id" uuid NOT NULL,
                "position" smallint NOT NULL,
                "skill_id" uuid,
                "name" text NOT NULL,
                "level" smallint NOT NULL,
                "years" smallint NOT NULL,
                CONSTRAINT "profile_skills_years_check" CHECK (
                    years BETWEEN 0 AND 60
                ),
                CONSTRAINT "profile_skills_level_check" CHECK (
                    level BETWEEN 1 AND 5
                ),
                CONSTRAINT "PK_4c45512a25e738abcc914691515" PRIMARY KEY ("user_id", "position")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "profile_skills_user_skill_unique" ON "profile_skills" ("user_id", "skill_id")
            WHERE skill_id IS NOT NULL
        `);
    await queryRunner.query(`
            CREATE INDEX "profile_skills_skill_idx" ON "profile_skills" ("skill_id")
        `);
    await queryRunner.query(`
            ALTER TABLE "interim_profiles"
            ADD CONSTRAINT "FK_fd1185ab7d3ce3898ce8a0763e4" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "availability_periods"
            ADD CONSTRAINT "FK_9b814609e626f5539e974ed8645" FOREIGN KEY ("user_id") REFERENCES "interim_profiles"("user_id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "credentials"
            ADD CONSTRAINT "FK_c68a6c53e95a7dc357f4ebce8f0" FOREIGN KEY ("user_id") REFERENCES "interim_profiles"("user_id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "profile_skills"
            ADD CONSTRAINT "FK_39e8886238bce57030c1c4ab7d4" FOREIGN KEY ("user_id") REFERENCES "interim_profiles"("user_id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "profile_skills" DROP CONSTRAINT "FK_39e8886238bce57030c1c4ab7d4"
        `);
    await queryRunner.query(`
            ALTER TABLE "credentials" DROP CONSTRAINT "FK_c68a6c53e95a7dc357f4ebce8f0"
        `);
    await queryRunner.query(`
            ALTER TABLE "availability_periods" DROP CONSTRAINT "FK_9b814609e626f5539e974ed8645"
        `);
    await queryRunner.query(`
            ALTER TABLE "interim_profiles" DROP CONSTRAINT "FK_fd1185ab7d3ce3898ce8a0763e4"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."profile_skills_skill_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."profile_skills_user_skill_unique"
        `);
    await queryRunner.query(`
            DROP TABLE "profile_skills"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."credentials_identity_unique"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."credentials_status_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "credentials"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."availability_periods_user_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "availability_periods"
        `);
    await queryRunner.query(`
            DROP TABLE "interim_profiles"
        `);
  }
}
