import { MigrationInterface, QueryRunner } from 'typeorm';

export class TaxonomySchema1795771957143 implements MigrationInterface {
  name = 'TaxonomySchema1795771957143';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "occupations" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "esco_uri" text NOT NULL,
                "code" text NOT NULL,
                "isco_group" text NOT NULL,
                "label_en" text NOT NULL,
                "label_nl" text,
                "alt_labels_en" text array NOT NULL DEFAULT '{}',
                "alt_labels_nl" text array NOT NULL DEFAULT '{}',
                "description" text,
                CONSTRAINT "PK_0bf09083dd897df1e8ebb96b5c1" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "occupations_esco_uri_unique" ON "occupations" ("esco_uri")
        `);
    await queryRunner.query(`
            CREATE TABLE "skills" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "esco_uri" text NOT NULL,
                "label_en" text NOT NULL,
                "label_nl" text,
                "skill_type" text NOT NULL,
                "reuse_level" text NOT NULL,
                "description" text,
                CONSTRAINT "PK_0d3212120f4ecedf90864d7e298" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "skills_esco_uri_unique" ON "skills" ("esco_uri")
        `);
    await queryRunner.query(`
            CREATE TABLE "occupation_skills" (
                "occupation_id" uuid NOT NULL,
                "skill_id" uuid NOT NULL,
                "relation" text NOT NULL,
                CONSTRAINT "occupation_skills_relation_check" CHECK (relation IN ('essential', 'optional')),
                CONSTRAINT "PK_dad0c8f293e47fe9e685e3a2e3d" PRIMARY KEY ("occupation_id", "skill_id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "occupation_skills_skill_idx" ON "occupation_skills" ("skill_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "skill_labels" (
                "skill_id" uuid NOT NULL,
                "lang" text NOT NULL,
                "normalized" text NOT NULL,
                "label" text NOT NULL,
                "kind" text NOT NULL,
                CONSTRAINT "skill_labels_kind_check" CHECK (kind IN ('preferred', 'alt')),
                CONSTRAINT "skill_labels_lang_check" CHECK (lang IN ('en', 'nl')),
                CONSTRAINT "PK_eb04ac65c31fdc9783211dd00ac" PRIMARY KEY ("skill_id", "lang", "normalized")
            )
        `);
    await queryRunner.query(`
            ALTER TABLE "occupation_skills"
            ADD CONSTRAINT "FK_8e9ccd472c2b8a2d6bdf76ad39c" FOREIGN KEY ("occupation_id") REFERENCES "occupations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "occupation_skills"
            ADD CONSTRAINT "FK_757c01cdea1480322bd8d7c83fe" FOREIGN KEY ("skill_id") REFERENCES "skills"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "skill_labels"
            ADD CONSTRAINT "FK_65df8fc260f11af164802e05a82" FOREIGN KEY ("skill_id") REFERENCES "skills"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "skill_labels" DROP CONSTRAINT "FK_65df8fc260f11af164802e05a82"
        `);
    await queryRunner.query(`
            ALTER TABLE "occupation_skills" DROP CONSTRAINT "FK_757c01cdea1480322bd8d7c83fe"
        `);
    await queryRunner.query(`
            ALTER TABLE "occupation_skills" DROP CONSTRAINT "FK_8e9ccd472c2b8a2d6bdf76ad39c"
        `);
    await queryRunner.query(`
            DROP TABLE "skill_labels"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."occupation_skills_skill_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "occupation_skills"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."skills_esco_uri_unique"
        `);
    await queryRunner.query(`
            DROP TABLE "skills"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."occupations_esco_uri_unique"
        `);
    await queryRunner.query(`
            DROP TABLE "occupations"
        `);
  }
}
