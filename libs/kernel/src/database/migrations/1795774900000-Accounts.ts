import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * E-mail verification and password reset links (hashes only), the security events their mails
 * report, and the device and address of each sign-in. Existing accounts start unverified: the
 * address was never proven.
 */
export class Accounts1795774900000 implements MigrationInterface {
  name = 'Accounts1795774900000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "account_security_events" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "user_id" uuid NOT NULL,
                "kind" text NOT NULL,
                "ip" text,
                "user_agent" text,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_3e3e1a9435a06425e6af1eb9ed2" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "account_security_events_user_idx" ON "account_security_events" ("user_id", "created_at")
        `);
    await queryRunner.query(`
            CREATE TABLE "account_tokens" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "user_id" uuid NOT NULL,
                "purpose" text NOT NULL,
                "email" text NOT NULL,
                "token_hash" text NOT NULL,
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "used_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_5e3640c493cc6206a44b885e6a9" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "account_tokens_user_idx" ON "account_tokens" ("user_id", "purpose")
        `);
    await queryRunner.query(`
            ALTER TABLE "users"
            ADD "email_verified_at" TIMESTAMP WITH TIME ZONE
        `);
    await queryRunner.query(`
            ALTER TABLE "refresh_tokens"
            ADD "user_agent" text
        `);
    await queryRunner.query(`
            ALTER TABLE "refresh_tokens"
            ADD "ip" text
        `);
    await queryRunner.query(`
            ALTER TABLE "account_security_events"
            ADD CONSTRAINT "FK_d5533b8dbfadfd49111a23ac4f1" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "account_tokens"
            ADD CONSTRAINT "FK_1b5fea09efc20c7f63c4a09b3d6" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "account_tokens" DROP CONSTRAINT "FK_1b5fea09efc20c7f63c4a09b3d6"
        `);
    await queryRunner.query(`
            ALTER TABLE "account_security_events" DROP CONSTRAINT "FK_d5533b8dbfadfd49111a23ac4f1"
        `);
    await queryRunner.query(`
            ALTER TABLE "refresh_tokens" DROP COLUMN "ip"
        `);
    await queryRunner.query(`
            ALTER TABLE "refresh_tokens" DROP COLUMN "user_agent"
        `);
    await queryRunner.query(`
            ALTER TABLE "users" DROP COLUMN "email_verified_at"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."account_tokens_user_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "account_tokens"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."account_security_events_user_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "account_security_events"
        `);
  }
}
