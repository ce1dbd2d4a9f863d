import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The PostgreSQL search engine's own tables (hand-written: tsvector and trigram indexes are not
 * modelled by TypeORM). They are derived data: `npm run search:reindex` rebuilds them from the
 * profile and assignment tables at any time.
 */
export class SearchIndex1795773000000 implements MigrationInterface {
  name = 'SearchIndex1795773000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "search_profiles" (
        "interim_id" uuid NOT NULL,
        "version" integer NOT NULL,
        "visibility" text NOT NULL,
        "skill_ids" uuid[] NOT NULL DEFAULT '{}',
        "sectors" text[] NOT NULL DEFAULT '{}',
        "assignment_kinds" text[] NOT NULL DEFAULT '{}',
        "languages" text[] NOT NULL DEFAULT '{}',
        "remote_preference" text NOT NULL,
        "rate_band" integer NOT NULL,
        "hours_min" smallint NOT NULL,
        "hours_max" smallint NOT NULL,
        "available_from" date,
        "available_until" date,
        "credentials" text[] NOT NULL DEFAULT '{}',
        "document" tsvector NOT NULL,
        "indexed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(),
        CONSTRAINT "search_profiles_pkey" PRIMARY KEY ("interim_id")
      )`);
    await queryRunner.query(
      `CREATE INDEX "search_profiles_document_idx" ON "search_profiles" USING gin ("document")`,
    );
    await queryRunner.query(
      `CREATE INDEX "search_profiles_skill_ids_idx" ON "search_profiles" USING gin ("skill_ids")`,
    );
    // One row per (skill, interim): retrieval reads the strongest holders of a skill, capped.
    await queryRunner.query(`
      CREATE TABLE "search_profile_skills" (
        "skill_id" uuid NOT NULL,
        "interim_id" uuid NOT NULL,
        "strength" real NOT NULL
      )`);
    await queryRunner.query(
      `CREATE INDEX "search_profile_skills_rank_idx" ON "search_profile_skills" ("skill_id", "strength" DESC, "interim_id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "search_profile_skills_interim_idx" ON "search_profile_skills" ("interim_id")`,
    );
    await queryRunner.query(`
      CREATE TABLE "search_assignments" (
        "assignment_id" uuid NOT NULL,
        "organisation_id" uuid NOT NULL,
        "version" integer NOT NULL,
        "skill_ids" uuid[] NOT NULL DEFAULT '{}',
        "sector" text NOT NULL,
        "assignment_kind" text NOT NULL,
        "languages" text[] NOT NULL DEFAULT '{}',
        "remote_share" smallint NOT NULL,
        "start_date" date NOT NULL,
        "max_day_rate" integer NOT NULL,
        "published_at" TIMESTAMP WITH TIME ZONE,
        "document" tsvector NOT NULL,
        "indexed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(),
        CONSTRAINT "search_assignments_pkey" PRIMARY KEY ("assignment_id")
      )`);
    await queryRunner.query(
      `CREATE INDEX "search_assignments_document_idx" ON "search_assignments" USING gin ("document")`,
    );
    await queryRunner.query(
      `CREATE INDEX "search_assignments_skill_ids_idx" ON "search_assignments" USING gin ("skill_ids")`,
    );
    // The words of the indexed text: typos are corrected against this small list, never by a
    // similarity scan over documents.
    await queryRunner.query(`
      CREATE TABLE "search_terms" (
        "term" text NOT NULL,
        CONSTRAINT "search_terms_pkey" PRIMARY KEY ("term")
      )`);
    await queryRunner.query(
      `CREATE INDEX "search_terms_trgm_idx" ON "search_terms" USING gin ("term" gin_trgm_ops)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "search_terms"`);
    await queryRunner.query(`DROP TABLE "search_assignments"`);
    await queryRunner.query(`DROP TABLE "search_profile_skills"`);
    await queryRunner.query(`DROP TABLE "search_profiles"`);
  }
}
