import { MigrationInterface, QueryRunner } from 'typeorm';

/** Stored matches with their explanations, per-assignment weights and interim track records. */
export class MatchingTables1795773100000 implements MigrationInterface {
  name = 'MatchingTables1795773100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "assignment_match_weights" (
                "assignment_id" uuid NOT NULL,
                "skills" smallint NOT NULL,
                "track_record" smallint NOT NULL,
                "credentials" smallint NOT NULL,
                "availability" smallint NOT NULL,
                "fit" smallint NOT NULL,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "assignment_match_weights_total_check" CHECK (
                    skills + track_record + credentials + availability + fit = 100
                ),
                CONSTRAINT "PK_08b9529cc810261e30799af2c86" PRIMARY KEY ("assignment_id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "assignment_matches" (
                "assignment_id" uuid NOT NULL,
                "interim_id" uuid NOT NULL,
                "rank" smallint,
                "score" real NOT NULL,
                "breakdown" jsonb NOT NULL,
                "explanation" jsonb NOT NULL,
                "rate_within_budget" boolean NOT NULL,
                "reciprocal" boolean NOT NULL,
                "flags" text array NOT NULL DEFAULT '{}',
                "assignment_version" integer NOT NULL,
                "computed_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "assignment_matches_score_check" CHECK (
                    score >= 0
                    AND score <= 100
                ),
                CONSTRAINT "PK_4de25776e88be2fa3272c119239" PRIMARY KEY ("assignment_id", "interim_id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "assignment_matches_interim_idx" ON "assignment_matches" ("interim_id", "computed_at")
        `);
    await queryRunner.query(`
            CREATE TABLE "interim_track_records" (
                "interim_id" uuid NOT NULL,
                "review_count" integer NOT NULL DEFAULT '0',
                "rating_sum" real NOT NULL DEFAULT '0',
                "rating_avg" real,
                "completed_count" integer NOT NULL DEFAULT '0',
                "completed_by_kind" jsonb NOT NULL,
                "completed_by_sector" jsonb NOT NULL,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_08970a1aee9a9a99ac13fa3f51d" PRIMARY KEY ("interim_id")
            )
        `);
    await queryRunner.query(`
            ALTER TABLE "assignment_matches"
            ADD CONSTRAINT "FK_fccb12640be2a3ef20e0ffba8f9" FOREIGN KEY ("interim_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "interim_track_records"
            ADD CONSTRAINT "FK_08970a1aee9a9a99ac13fa3f51d" FOREIGN KEY ("interim_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "interim_track_records" DROP CONSTRAINT "FK_08970a1aee9a9a99ac13fa3f51d"`,
    );
    await queryRunner.query(
      `ALTER TABLE "assignment_matches" DROP CONSTRAINT "FK_fccb12640be2a3ef20e0ffba8f9"`,
    );
    await queryRunner.query(`DROP TABLE "interim_track_records"`);
    await queryRunner.query(`DROP INDEX "public"."assignment_matches_interim_idx"`);
    await queryRunner.query(`DROP TABLE "assignment_matches"`);
    await queryRunner.query(`DROP TABLE "assignment_match_weights"`);
  }
}
