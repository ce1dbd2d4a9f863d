import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who opened which interim profile, one row per viewer, profile and day, for the interim's
 * export and their list of organisations that looked; deleted after twelve months.
 */
export class ProfileViews1795774500000 implements MigrationInterface {
  name = 'ProfileViews1795774500000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "profile_views" (
                "viewer_user_id" uuid NOT NULL,
                "interim_id" uuid NOT NULL,
                "viewed_on" date NOT NULL,
                "viewer_organisation_id" uuid NOT NULL,
                "viewed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_ffb7dacee34b47aa23c54ee3ce5" PRIMARY KEY ("viewer_user_id", "interim_id", "viewed_on")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "profile_views_viewed_on_idx" ON "profile_views" ("viewed_on")
        `);
    await queryRunner.query(`
            CREATE INDEX "profile_views_interim_idx" ON "profile_views" ("interim_id", "viewed_at")
        `);
    await queryRunner.query(`
            ALTER TABLE "profile_views"
            ADD CONSTRAINT "FK_62dee11c9a1424ad5bec8e3dc14" FOREIGN KEY ("viewer_user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "profile_views"
            ADD CONSTRAINT "FK_eaa883dcdfa70f51a0d34cc717b" FOREIGN KEY ("interim_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "profile_views"
            ADD CONSTRAINT "FK_43e111cd4114674f68aed4db9ba" FOREIGN KEY ("viewer_organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "profile_views" DROP CONSTRAINT "FK_43e111cd4114674f68aed4db9ba"
        `);
    await queryRunner.query(`
            ALTER TABLE "profile_views" DROP CONSTRAINT "FK_eaa883dcdfa70f51a0d34cc717b"
        `);
    await queryRunner.query(`
            ALTER TABLE "profile_views" DROP CONSTRAINT "FK_62dee11c9a1424ad5bec8e3dc14"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."profile_views_interim_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."profile_views_viewed_on_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "profile_views"
        `);
  }
}
