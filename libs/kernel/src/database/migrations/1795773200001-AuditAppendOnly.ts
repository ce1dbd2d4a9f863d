import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Hand-written: the audit trail and the stored contract documents are append-only. Triggers
 * refuse UPDATE, DELETE and TRUNCATE for every role that is not a superuser bypassing triggers,
 * so no code path, bug or console session can rewrite what was recorded or what was signed.
 */
export class AuditAppendOnly1795773200001 implements MigrationInterface {
  name = 'AuditAppendOnly1795773200001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION gilde_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP
          USING ERRCODE = 'insufficient_privilege';
      END
      $$
    `);
    for (const table of ['audit_events', 'contract_documents']) {
      await queryRunner.query(`
        CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON "${table}"
          FOR EACH ROW EXECUTE FUNCTION gilde_refuse_change()
      `);
      await queryRunner.query(`
        CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON "${table}"
          FOR EACH STATEMENT EXECUTE FUNCTION gilde_refuse_change()
      `);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['audit_events', 'contract_documents']) {
      await queryRunner.query(`DROP TRIGGER ${table}_no_truncate ON "${table}"`);
      await queryRunner.query(`DROP TRIGGER ${table}_append_only ON "${table}"`);
    }
    await queryRunner.query(`DROP FUNCTION gilde_refuse_change()`);
  }
}
