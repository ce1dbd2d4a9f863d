import { MigrationInterface, QueryRunner } from 'typeorm';

/** Rate cards, contracts and their versions, acceptances, documents, the audit trail, reviews. */
export class Contracts1795773200000 implements MigrationInterface {
  name = 'Contracts1795773200000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "audit_events" (
                "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
                "organisation_id" uuid,
                "actor_id" uuid,
                "entity_type" text NOT NULL,
                "entity_id" uuid NOT NULL,
                "action" text NOT NULL,
                "before" jsonb,
                "after" jsonb,
                "ip" text,
                "event_id" uuid,
                "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_910f64d901a5c3e9878f0d4a407" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "audit_events_event_unique" ON "audit_events" ("event_id")
            WHERE event_id IS NOT NULL
        `);
    await queryRunner.query(`
            CREATE INDEX "audit_events_org_idx" ON "audit_events" ("organisation_id", "at")
        `);
    await queryRunner.query(`
            CREATE INDEX "audit_events_entity_idx" ON "audit_events" ("entity_type", "entity_id", "id")
        `);
    await queryRunner.query(`
            CREATE TABLE "contracts" (
                "id" uuid NOT NULL,
                "series_id" uuid NOT NULL,
                "version" integer NOT NULL DEFAULT '1',
                "previous_version_id" uuid,
                "organisation_id" uuid NOT NULL,
                "interim_id" uuid NOT NULL,
                "response_id" uuid NOT NULL,
                "assignment_id" uuid NOT NULL,
                "status" text NOT NULL DEFAULT 'draft',
                "form" text NOT NULL DEFAULT 'direct',
                "model_agreement_ref" text,
                "model_agreement_title" text,
                "day_rate" integer NOT NULL,
                "start_date" date NOT NULL,
                "end_date" date NOT NULL,
                "extension_from" date,
                "hours_per_week" smallint NOT NULL,
                "place_of_work" text,
                "notice_period_days" smallint,
                "terms" text,
                "seniority" text,
                "rate_card_max_day_rate" integer,
                "rate_justification" text,
                "rate_justified_by" uuid,
                "rate_justified_at" TIMESTAMP WITH TIME ZONE,
                "dba_answers" jsonb,
                "dba_risk_level" text,
                "dba_assessment" jsonb,
                "dba_checked_by" uuid,
                "dba_checked_at" TIMESTAMP WITH TIME ZONE,
                "parties" jsonb,
                "revision" integer NOT NULL DEFAULT '1',
                "revised_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "first_sent_at" TIMESTAMP WITH TIME ZONE,
                "sent_at" TIMESTAMP WITH TIME ZONE,
                "activated_at" TIMESTAMP WITH TIME ZONE,
                "completed_at" TIMESTAMP WITH TIME ZONE,
                "terminated_at" TIMESTAMP WITH TIME ZONE,
                "termination_reason" text,
                "superseded_at" TIMESTAMP WITH TIME ZONE,
                "created_by" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "contracts_dates_check" CHECK ("end_date" >= "start_date"),
                CONSTRAINT "contracts_hours_check" CHECK (
                    "hours_per_week" BETWEEN 1 AND 60
                ),
                CONSTRAINT "contracts_rate_check" CHECK ("day_rate" > 0),
                CONSTRAINT "contracts_form_check" CHECK (
                    "form" IN ('direct', 'mediation', 'intermediary')
                ),
                CONSTRAINT "contracts_status_check" CHECK (
                    "status" IN (
                        'draft',
                        'sent',
                        'accepted',
                        'active',
                        'completed',
                        'terminated',
                        'superseded'
                    )
                ),
                CONSTRAINT "PK_2c7b8f3a7b1acdd49497d83d0fb" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "contracts_one_open_extension" ON "contracts" ("previous_version_id")
            WHERE previous_version_id IS NOT NULL
                AND status <> 'terminated'
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "contracts_one_per_response" ON "contracts" ("response_id")
            WHERE previous_version_id IS NULL
                AND status <> 'terminated'
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "contracts_series_version_unique" ON "contracts" ("series_id", "version")
        `);
    await queryRunner.query(`
            CREATE INDEX "contracts_interim_created_idx" ON "contracts" ("interim_id", "created_at", "id")
        `);
    await queryRunner.query(`
            CREATE INDEX "contracts_org_created_idx" ON "contracts" ("organisation_id", "created_at", "id")
        `);
    await queryRunner.query(`
            CREATE TABLE "contract_acceptances" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "contract_id" uuid NOT NULL,
                "party" text NOT NULL,
                "user_id" uuid NOT NULL,
                "revision" integer NOT NULL,
                "document_sha256" text NOT NULL,
                "ip" text,
                "user_agent" text,
                "accepted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "invalidated_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "contract_acceptances_party_check" CHECK ("party" IN ('interim', 'organisation')),
                CONSTRAINT "PK_a7297a622fb07a3d411b34b4a34" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "contract_acceptances_valid_unique" ON "contract_acceptances" ("contract_id", "party", "revision")
            WHERE invalidated_at IS NULL
        `);
    await queryRunner.query(`
            CREATE TABLE "contract_documents" (
                "contract_id" uuid NOT NULL,
                "revision" integer NOT NULL,
                "sha256" text NOT NULL,
                "content" bytea NOT NULL,
                "size_bytes" integer NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_841165f6f87de871efb1654e365" PRIMARY KEY ("contract_id", "revision")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "organisation_contract_details" (
                "organisation_id" uuid NOT NULL,
                "vat_id" text,
                "address" text,
                "updated_by" uuid NOT NULL,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_051cfc5eb92e3a968b1c02f3bee" PRIMARY KEY ("organisation_id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "rate_card_entries" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "organisation_id" uuid NOT NULL,
                "assignment_kind" text NOT NULL,
                "seniority" text NOT NULL DEFAULT 'any',
                "max_day_rate" integer NOT NULL,
                "updated_by" uuid NOT NULL,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "rate_card_entries_rate_check" CHECK ("max_day_rate" > 0),
                CONSTRAINT "PK_6081c1668216f573bee3ad37543" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "rate_card_entries_unique" ON "rate_card_entries" (
                "organisation_id",
                "assignment_kind",
                "seniority"
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "reviews" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "series_id" uuid NOT NULL,
                "contract_id" uuid NOT NULL,
                "organisation_id" uuid NOT NULL,
                "interim_id" uuid NOT NULL,
                "author_id" uuid NOT NULL,
                "author_side" text NOT NULL,
                "rating" smallint NOT NULL,
                "aspects" jsonb NOT NULL,
                "comment" text,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "reviews_side_check" CHECK ("author_side" IN ('interim', 'organisation')),
                CONSTRAINT "reviews_rating_check" CHECK (
                    "rating" BETWEEN 1 AND 5
                ),
                CONSTRAINT "PK_231ae565c273ee700b283f15c1d" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "reviews_org_idx" ON "reviews" ("organisation_id", "author_side")
        `);
    await queryRunner.query(`
            CREATE INDEX "reviews_interim_idx" ON "reviews" ("interim_id", "author_side")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "reviews_once_per_side" ON "reviews" ("series_id", "author_side")
        `);
    await queryRunner.query(`
            ALTER TABLE "contracts"
            ADD CONSTRAINT "FK_446b97257a40469e4b3d6e6c4ef" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "contracts"
            ADD CONSTRAINT "FK_699e57d9c3bfe9133e961b9a4fd" FOREIGN KEY ("interim_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "contracts"
            ADD CONSTRAINT "FK_965b31e61c216bc7a122c405e0a" FOREIGN KEY ("previous_version_id") REFERENCES "contracts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "contract_acceptances"
            ADD CONSTRAINT "FK_11b640245c9c08fead292573cde" FOREIGN KEY ("contract_id") REFERENCES "contracts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "contract_documents"
            ADD CONSTRAINT "FK_4ec226f2920867e0ee857fb528d" FOREIGN KEY ("contract_id") REFERENCES "contracts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "organisation_contract_details"
            ADD CONSTRAINT "FK_051cfc5eb92e3a968b1c02f3bee" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "rate_card_entries"
            ADD CONSTRAINT "FK_98ac43298c7269bd8500c001417" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "reviews"
            ADD CONSTRAINT "FK_d524fbe85d4619f66b10a664487" FOREIGN KEY ("contract_id") REFERENCES "contracts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "reviews" DROP CONSTRAINT "FK_d524fbe85d4619f66b10a664487"
        `);
    await queryRunner.query(`
            ALTER TABLE "rate_card_entries" DROP CONSTRAINT "FK_98ac43298c7269bd8500c001417"
        `);
    await queryRunner.query(`
            ALTER TABLE "organisation_contract_details" DROP CONSTRAINT "FK_051cfc5eb92e3a968b1c02f3bee"
        `);
    await queryRunner.query(`
            ALTER TABLE "contract_documents" DROP CONSTRAINT "FK_4ec226f2920867e0ee857fb528d"
        `);
    await queryRunner.query(`
            ALTER TABLE "contract_acceptances" DROP CONSTRAINT "FK_11b640245c9c08fead292573cde"
        `);
    await queryRunner.query(`
            ALTER TABLE "contracts" DROP CONSTRAINT "FK_965b31e61c216bc7a122c405e0a"
        `);
    await queryRunner.query(`
            ALTER TABLE "contracts" DROP CONSTRAINT "FK_699e57d9c3bfe9133e961b9a4fd"
        `);
    await queryRunner.query(`
            ALTER TABLE "contracts" DROP CONSTRAINT "FK_446b97257a40469e4b3d6e6c4ef"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."reviews_once_per_side"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."reviews_interim_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."reviews_org_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "reviews"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."rate_card_entries_unique"
        `);
    await queryRunner.query(`
            DROP TABLE "rate_card_entries"
        `);
    await queryRunner.query(`
            DROP TABLE "organisation_contract_details"
        `);
    await queryRunner.query(`
            DROP TABLE "contract_documents"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."contract_acceptances_valid_unique"
        `);
    await queryRunner.query(`
            DROP TABLE "contract_acceptances"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."contracts_org_created_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."contracts_interim_created_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."contracts_series_version_unique"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."contracts_one_per_response"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."contracts_one_open_extension"
        `);
    await queryRunner.query(`
            DROP TABLE "contracts"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."audit_events_entity_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."audit_events_org_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."audit_events_event_unique"
        `);
    await queryRunner.query(`
            DROP TABLE "audit_events"
        `);
  }
}
