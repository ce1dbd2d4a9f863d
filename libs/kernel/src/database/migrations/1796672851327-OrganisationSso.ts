import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Organisation single sign-on (OpenID Connect): the provider of an organisation (its client
 * secret sealed) and the e-mail domains it claims, each domain claimable by one organisation.
 */
export class OrganisationSso1796672851327 implements MigrationInterface {
  name = 'OrganisationSso1796672851327';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "organisation_sso" (
                "organisation_id" uuid NOT NULL,
                "issuer" text NOT NULL,
                "client_id" text NOT NULL,
                "client_secret_sealed" text NOT NULL,
                "default_role" text NOT NULL,
                "updated_by" uuid NOT NULL,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_c2d0520d05c4ff089f577c23ac1" PRIMARY KEY ("organisation_id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "organisation_sso_domains" (
                "domain" text NOT NULL,
                "organisation_id" uuid NOT NULL,
                CONSTRAINT "PK_a93e011d4791ac31696724abd89" PRIMARY KEY ("domain")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "organisation_sso_domains_organisation_idx" ON "organisation_sso_domains" ("organisation_id")
        `);
    await queryRunner.query(`
            ALTER TABLE "organisation_sso"
            ADD CONSTRAINT "FK_c2d0520d05c4ff089f577c23ac1" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "organisation_sso_domains"
            ADD CONSTRAINT "FK_920d4e710b98579951b9dd9b900" FOREIGN KEY ("organisation_id") REFERENCES "organisation_sso"("organisation_id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "organisation_sso_domains" DROP CONSTRAINT "FK_920d4e710b98579951b9dd9b900"
        `);
    await queryRunner.query(`
            ALTER TABLE "organisation_sso" DROP CONSTRAINT "FK_c2d0520d05c4ff089f577c23ac1"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."organisation_sso_domains_organisation_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "organisation_sso_domains"
        `);
    await queryRunner.query(`
            DROP TABLE "organisation_sso"
        `);
  }
}
