import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Platform admin becomes an explicit, recorded grant on the account (set by `npm run admin:grant`)
 * instead of following from the address alone. Nobody holds a grant yet: operators grant their
 * admins once after deploying, so an account registered with a listed address gains nothing.
 */
export class PlatformAdminGrants1795774100000 implements MigrationInterface {
  name = 'PlatformAdminGrants1795774100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "users" ADD "platform_admin_granted_at" TIMESTAMP WITH TIME ZONE`,
    );
    await queryRunner.query(`ALTER TABLE "users" ADD "platform_admin_granted_by" text`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "platform_admin_granted_by"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "platform_admin_granted_at"`);
  }
}
