import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions, loadConfig } from '@gilde/kernel';
import { ensureTaxonomyImported, importTaxonomy, normalizeLabel } from '@gilde/taxonomy';

const TABLES = ['skills', 'skill_labels', 'skill_words', 'occupations', 'occupation_skills'];
const CORRECTIONAL = 'http://data.europa.eu/esco/skill/00064735-8fad-454b-90c7-ed858cc993f2';

/**
 * Every row of the taxonomy, with xmin (the transaction that last wrote the row): equal
 * fingerprints mean equal content and not a single row rewritten.
 */
async function fingerprint(dataSource: DataSource): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const table of TABLES) {
    const rows: { n: string; h: string }[] = await dataSource.query(
      `SELECT count(*) AS n, md5(string_agg(t.xmin::text || ':' || t::text, '|' ORDER BY t::text)) AS h
         FROM ${table} t`,
    );
    result[table] = `${rows[0].n}:${rows[0].h}`;
  }
  return result;
}

describe('ESCO taxonomy import', () => {
  let dataSource: DataSource;

  beforeAll(async () => {
    dataSource = await new DataSource(
      buildDataSourceOptions(loadConfig(), { applicationName: 'taxonomy-import-test', poolMax: 2 }),
    ).initialize();
    await ensureTaxonomyImported(dataSource);
  });
  afterAll(async () => {
    await dataSource?.destroy();
  });

  it('loads the management subset: skills, English and Dutch labels, occupations, relations', async () => {
    const [counts]: Record<string, string>[] = await dataSource.query(
      `SELECT (SELECT count(*) FROM skills) AS skills,
              (SELECT count(*) FROM skills WHERE label_nl IS NOT NULL) AS dutch,
              (SELECT count(*) FROM occupations) AS occupations,
              (SELECT count(*) FROM occupation_skills) AS relations,
              (SELECT count(*) FROM occupation_skills WHERE relation = 'essential') AS essential,
              (SELECT count(*) FROM skill_labels WHERE kind = 'alt') AS synonyms`,
    );
    expect(Number(counts.skills)).toBe(4332);
    expect(Number(counts.dutch)).toBe(1114);
    expect(Number(counts.occupations)).toBe(472);
    expect(Number(counts.relations)).toBe(19333);
    expect(Number(counts.essential)).toBeGreaterThan(0);
    expect(Number(counts.synonyms)).toBeGreaterThan(20000);

    const labels: { label: string; lang: string; kind: string; normalized: string }[] =
      await dataSource.query(
        `SELECT l.label, l.lang, l.kind, l.normalized FROM skill_labels l JOIN skills s ON s.id = l.skill_id
          WHERE s.label_en = 'lead others' ORDER BY l.lang, l.kind DESC, l.label`,
      );
    expect(labels).toEqual(
      expect.arrayContaining([
        { label: 'lead others', lang: 'en', kind: 'preferred', normalized: 'lead others' },
        {
          label: 'leiding geven aan anderen',
          lang: 'nl',
          kind: 'preferred',
          normalized: 'leiding geven aan anderen',
        },
      ]),
    );
    for (const label of labels) expect(label.normalized).toBe(normalizeLabel(label.label));
  });

  it('a second run changes nothing, in well under a minute', async () => {
    const before = await fingerprint(dataSource);
    const result = await importTaxonomy(dataSource);
    const after = await fingerprint(dataSource);

    expect(result.changedRows).toBe(0);
    expect(after).toEqual(before);
    expect(result.durationMs).toBeLessThan(60_000);
    console.log(`taxonomy re-import: ${result.durationMs} ms, ${result.changedRows} rows changed`);
  });

  it('repairs a drifted row and a missing synonym, touching only those', async () => {
    const [skill]: { id: string; label_en: string }[] = await dataSource.query(
      'SELECT id, label_en FROM skills WHERE esco_uri = $1',
      [CORRECTIONAL],
    );
    await dataSource.query(`UPDATE skills SET label_en = 'tampered' WHERE id = $1`, [skill.id]);
    await dataSource.query(
      `DELETE FROM skill_labels WHERE skill_id = $1 AND normalized = 'oversee prison procedures'`,
      [skill.id],
    );

    const result = await importTaxonomy(dataSource);

    expect(result.changedRows).toBe(2);
    const [repaired]: { label_en: string }[] = await dataSource.query(
      'SELECT label_en FROM skills WHERE id = $1',
      [skill.id],
    );
    expect(repaired.label_en).toBe(skill.label_en);
    const synonym: unknown[] = await dataSource.query(
      `SELECT 1 FROM skill_labels WHERE skill_id = $1 AND normalized = 'oversee prison procedures' AND kind = 'alt'`,
      [skill.id],
    );
    expect(synonym).toHaveLength(1);
  });

  it('ensureTaxonomyImported does nothing once skills exist', async () => {
    const before = await fingerprint(dataSource);
    expect(await ensureTaxonomyImported(dataSource)).toBeNull();
    expect(await fingerprint(dataSource)).toEqual(before);
  });
});
