import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Wakes the outbox relay when events are committed, instead of waiting for its next poll.
 * Statement-level, so a transaction that writes many events sends one notification; PostgreSQL
 * delivers it at commit and folds identical ones, and nothing is sent for a rolled-back write.
 */
export class OutboxWakeUp1795773500000 implements MigrationInterface {
  name = 'OutboxWakeUp1795773500000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE FUNCTION outbox_events_wake_relay() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         PERFORM pg_notify('outbox_events', '');
         RETURN NULL;
       END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER outbox_events_wake_relay AFTER INSERT ON outbox_events
         FOR EACH STATEMENT EXECUTE FUNCTION outbox_events_wake_relay()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER outbox_events_wake_relay ON outbox_events`);
    await queryRunner.query(`DROP FUNCTION outbox_events_wake_relay()`);
  }
}
