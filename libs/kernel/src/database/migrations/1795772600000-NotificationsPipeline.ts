import { MigrationInterface, QueryRunner } from 'typeorm';

export class NotificationsPipeline1795772600000 implements MigrationInterface {
  name = 'NotificationsPipeline1795772600000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "notification_digests" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "recipient_id" uuid NOT NULL,
                "local_date" date NOT NULL,
                "time_zone" text NOT NULL,
                "state" text NOT NULL,
                "reason" text,
                "attempts" integer NOT NULL DEFAULT '0',
                "last_error" text,
                "item_count" integer NOT NULL DEFAULT '0',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "sent_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "notification_digests_state_check" CHECK (
                    "state" IN ('pending', 'sent', 'failed', 'skipped')
                ),
                CONSTRAINT "PK_d1dfad641230ea835751ccc8493" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "notification_digests_once_per_day" ON "notification_digests" ("recipient_id", "local_date")
        `);
    await queryRunner.query(`
            CREATE TABLE "notifications" (
                "id" uuid NOT NULL,
                "recipient_id" uuid NOT NULL,
                "kind" text NOT NULL,
                "template" text NOT NULL,
                "dedupe_key" text NOT NULL,
                "subject_type" text NOT NULL,
                "subject_id" uuid NOT NULL,
                "event_id" uuid,
                "params" jsonb NOT NULL DEFAULT '{}'::jsonb,
                "link" text NOT NULL,
                "score" smallint,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "read_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "notifications_kind_check" CHECK (
                    "kind" IN (
                        'match',
                        'response',
                        'invitation',
                        'contract',
                        'review'
                    )
                ),
                CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "notifications_dedupe_key_unique" ON "notifications" ("dedupe_key")
        `);
    await queryRunner.query(`
            CREATE INDEX "notifications_event_idx" ON "notifications" ("event_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "notifications_subject_idx" ON "notifications" ("subject_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "notifications_recipient_created_idx" ON "notifications" ("recipient_id", "created_at", "id")
        `);
    await queryRunner.query(`
            CREATE TABLE "notification_deliveries" (
                "notification_id" uuid NOT NULL,
                "channel" text NOT NULL,
                "state" text NOT NULL,
                "mode" text,
                "reason" text,
                "attempts" integer NOT NULL DEFAULT '0',
                "last_error" text,
                "digest_id" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "sent_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "notification_deliveries_mode_check" CHECK (
                    "mode" IS NULL
                    OR "mode" IN ('instant', 'digest')
                ),
                CONSTRAINT "notification_deliveries_state_check" CHECK (
                    "state" IN ('pending', 'sent', 'failed', 'skipped')
                ),
                CONSTRAINT "notification_deliveries_channel_check" CHECK ("channel" IN ('in_app', 'email')),
                CONSTRAINT "PK_1e7ea14e7f96c20db155b8b970e" PRIMARY KEY ("notification_id", "channel")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "notification_deliveries_digest_idx" ON "notification_deliveries" ("digest_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "notification_deliveries_digest_pending_idx" ON "notification_deliveries" ("notification_id")
            WHERE channel = 'email'
                AND state = 'pending'
                AND mode = 'digest'
        `);
    await queryRunner.query(`
            CREATE TABLE "notification_fan_outs" (
                "event_id" uuid NOT NULL,
                "event_type" text NOT NULL,
                "planned" integer NOT NULL,
                "redrives" integer NOT NULL DEFAULT '0',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_309f79e3d996906fb08e64d1d7d" PRIMARY KEY ("event_id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "notification_fan_outs_created_idx" ON "notification_fan_outs" ("created_at")
        `);
    await queryRunner.query(`
            CREATE TABLE "notification_preference_changes" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "user_id" uuid NOT NULL,
                "kind" text NOT NULL,
                "channels" text array NOT NULL,
                "frequency" text NOT NULL,
                "source" text NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_0900a55919a9522295f4c1db138" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "notification_preference_changes_user_idx" ON "notification_preference_changes" ("user_id", "created_at")
        `);
    await queryRunner.query(`
            CREATE TABLE "notification_daily_counts" (
                "recipient_id" uuid NOT NULL,
                "local_date" date NOT NULL,
                "instant_match_emails" integer NOT NULL DEFAULT '0',
                CONSTRAINT "PK_37df19960f1ab8780801dbeff6f" PRIMARY KEY ("recipient_id", "local_date")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "notification_preferences" (
                "user_id" uuid NOT NULL,
                "kind" text NOT NULL,
                "channels" text array NOT NULL,
                "frequency" text NOT NULL,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "notification_preferences_kind_check" CHECK (
                    "kind" IN (
                        'match',
                        'response',
                        'invitation',
                        'contract',
                        'review'
                    )
                ),
                CONSTRAINT "notification_preferences_frequency_check" CHECK ("frequency" IN ('instant', 'daily', 'off')),
                CONSTRAINT "PK_4beeeb46feaf58d75e124c8ba58" PRIMARY KEY ("user_id", "kind")
            )
        `);
    await queryRunner.query(`
            ALTER TABLE "notification_digests"
            ADD CONSTRAINT "FK_4f833fe9c2236046de1cfc34737" FOREIGN KEY ("recipient_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "notifications"
            ADD CONSTRAINT "FK_5332a4daa46fd3f4e6625dd275d" FOREIGN KEY ("recipient_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "notification_deliveries"
            ADD CONSTRAINT "FK_435486b970fffc3e33a7450ee97" FOREIGN KEY ("notification_id") REFERENCES "notifications"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "notification_deliveries"
            ADD CONSTRAINT "FK_1eb9577d06237b95bb8a9592e10" FOREIGN KEY ("digest_id") REFERENCES "notification_digests"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "notification_preference_changes"
            ADD CONSTRAINT "FK_00db9f9a5e7858ccc0197b4b6f6" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "notification_daily_counts"
            ADD CONSTRAINT "FK_7d56018e9f04c00bf7d683b5640" FOREIGN KEY ("recipient_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "notification_preferences"
            ADD CONSTRAINT "FK_64c90edc7310c6be7c10c96f675" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "notification_preferences" DROP CONSTRAINT "FK_64c90edc7310c6be7c10c96f675"
        `);
    await queryRunner.query(`
            ALTER TABLE "notification_daily_counts" DROP CONSTRAINT "FK_7d56018e9f04c00bf7d683b5640"
        `);
    await queryRunner.query(`
            ALTER TABLE "notification_preference_changes" DROP CONSTRAINT "FK_00db9f9a5e7858ccc0197b4b6f6"
        `);
    await queryRunner.query(`
            ALTER TABLE "notification_deliveries" DROP CONSTRAINT "FK_1eb9577d06237b95bb8a9592e10"
        `);
    await queryRunner.query(`
            ALTER TABLE "notification_deliveries" DROP CONSTRAINT "FK_435486b970fffc3e33a7450ee97"
        `);
    await queryRunner.query(`
            ALTER TABLE "notifications" DROP CONSTRAINT "FK_5332a4daa46fd3f4e6625dd275d"
        `);
    await queryRunner.query(`
            ALTER TABLE "notification_digests" DROP CONSTRAINT "FK_4f833fe9c2236046de1cfc34737"
        `);
    await queryRunner.query(`
            DROP TABLE "notification_preferences"
        `);
    await queryRunner.query(`
            DROP TABLE "notification_daily_counts"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."notification_preference_changes_user_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "notification_preference_changes"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."notification_fan_outs_created_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "notification_fan_outs"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."notification_deliveries_digest_pending_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."notification_deliveries_digest_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "notification_deliveries"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."notifications_recipient_created_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."notifications_subject_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."notifications_event_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."notifications_dedupe_key_unique"
        `);
    await queryRunner.query(`
            DROP TABLE "notifications"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."notification_digests_once_per_day"
        `);
    await queryRunner.query(`
            DROP TABLE "notification_digests"
        `);
  }
}
