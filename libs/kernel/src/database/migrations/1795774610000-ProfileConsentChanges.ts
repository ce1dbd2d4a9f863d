import { MigrationInterface, QueryRunner } from 'typeorm';

/** The consent log of a profile's visibility and match notifications. */
export class ProfileConsentChanges1795774610000 implements MigrationInterface {
  name = 'ProfileConsentChanges1795774610000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "profile_consent_changes" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "user_id" uuid NOT NULL,
                "changed_by" uuid NOT NULL,
                "consent" text NOT NULL,
                "old_value" text,
                "new_value" text NOT NULL,
                "source" text NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_527d6d1c70737fa4bdb15095410" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "profile_consent_changes_user_idx" ON "profile_consent_changes" ("user_id", "created_at")
        `);
    await queryRunner.query(`
            ALTER TABLE "profile_consent_changes"
            ADD CONSTRAINT "FK_5df8b14480a540eb0d9b174cc6b" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "profile_consent_changes" DROP CONSTRAINT "FK_5df8b14480a540eb0d9b174cc6b"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."profile_consent_changes_user_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "profile_consent_changes"
        `);
  }
}
