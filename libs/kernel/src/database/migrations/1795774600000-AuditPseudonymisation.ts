import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Hand-written: the audit trail stays append-only, with one narrow exception for data
 * protection. A transaction that sets `gilde.audit_pseudonymise` may UPDATE a row only to remove
 * a person from it: the actor may become null, and `before`/`after` may only lose keys; every
 * other column must stay as it was. Nothing can be rewritten or added, and DELETE and TRUNCATE
 * stay refused. The retention schedule uses it to take a deleted response's interim out of the
 * trail (and appends a record saying so).
 */
export class AuditPseudonymisation1795774600000 implements MigrationInterface {
  name = 'AuditPseudonymisation1795774600000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION gilde_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE'
           AND current_setting('gilde.audit_pseudonymise', true) = 'on'
           AND NEW.id = OLD.id
           AND NEW.organisation_id IS NOT DISTINCT FROM OLD.organisation_id
           AND NEW.entity_type = OLD.entity_type
           AND NEW.entity_id = OLD.entity_id
           AND NEW.action = OLD.action
           AND NEW.ip IS NOT DISTINCT FROM OLD.ip
           AND NEW.event_id IS NOT DISTINCT FROM OLD.event_id
           AND NEW.at = OLD.at
           AND (NEW.actor_id IS NULL OR NEW.actor_id = OLD.actor_id)
           AND (NEW.before IS NOT DISTINCT FROM OLD.before OR OLD.before @> NEW.before)
           AND (NEW.after IS NOT DISTINCT FROM OLD.after OR OLD.after @> NEW.after) THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP
          USING ERRCODE = 'insufficient_privilege';
      END
      $$
    `);
    await queryRunner.query(`DROP TRIGGER audit_events_append_only ON "audit_events"`);
    await queryRunner.query(`
      CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON "audit_events"
        FOR EACH ROW EXECUTE FUNCTION gilde_audit_append_only()
    `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER audit_events_append_only ON "audit_events"`);
    await queryRunner.query(`
      CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON "audit_events"
        FOR EACH ROW EXECUTE FUNCTION gilde_refuse_change()
    `);
    await queryRunner.query(`DROP FUNCTION gilde_audit_append_only()`);
  }
}
