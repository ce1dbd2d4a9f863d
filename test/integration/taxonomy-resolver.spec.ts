import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource, EntityManager } from 'typeorm';
import { buildDataSourceOptions, loadConfig } from '@gilde/kernel';
import { ensureTaxonomyImported, SkillResolverService } from '@gilde/taxonomy';

describe('SkillResolverService', () => {
  let dataSource: DataSource;
  let resolver: SkillResolverService;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    dataSource = await new DataSource(
      buildDataSourceOptions(loadConfig(), {
        applicationName: 'taxonomy-resolver-test',
        poolMax: 2,
      }),
    ).initialize();
    await ensureTaxonomyImported(dataSource);
    resolver = new SkillResolverService(dataSource);
    const rows: { id: string; label_en: string }[] = await dataSource.query(
      `SELECT id, label_en FROM skills WHERE label_en = ANY($1)`,
      [
        [
          'project management',
          'lead others',
          'human resource management',
          'manage budgets',
          'show initiative',
        ],
      ],
    );
    for (const row of rows) ids[row.label_en] = row.id;
    expect(Object.keys(ids)).toHaveLength(5);
  });
  afterAll(async () => {
    await dataSource?.destroy();
  });

  async function one(name: string, locale: 'en' | 'nl' = 'en') {
    const [resolved] = await resolver.resolve([name], locale);
    return resolved;
  }

  it('resolves an English preferred label, whatever its case', async () => {
    expect(await one('Project Management')).toEqual({
      input: 'Project Management',
      skillId: ids['project management'],
      label: 'project management',
      matchedBy: 'exact',
      suggestions: [],
    });
  });

  it('resolves an English synonym to the canonical skill', async () => {
    const resolved = await one('programme management');
    expect(resolved).toMatchObject({
      skillId: ids['project management'],
      label: 'project management',
      matchedBy: 'synonym',
    });
    expect(await one('HRM')).toMatchObject({
      skillId: ids['human resource management'],
      matchedBy: 'synonym',
    });
  });

  it('resolves a Dutch label, labelled in the requested language', async () => {
    expect(await one('Leiding geven aan anderen', 'nl')).toMatchObject({
      skillId: ids['lead others'],
      label: 'leiding geven aan anderen',
      matchedBy: 'exact',
    });
    expect(await one('initiatief aan de dag leggen', 'en')).toMatchObject({
      skillId: ids['show initiative'],
      label: 'show initiative',
      matchedBy: 'exact',
    });
  });

  it('ignores case, accents, extra spaces and spaces inside compound words', async () => {
    for (const name of [
      'LEIDING GEVEN AAN ANDEREN',
      'léiding gëven aan  anderen',
      'Leidinggeven aan anderen',
      'leiding-geven aan anderen',
    ]) {
      expect(await one(name)).toMatchObject({ skillId: ids['lead others'], matchedBy: 'exact' });
    }
  });

  it('tolerates a small typo', async () => {
    expect(await one('projet management')).toMatchObject({
      skillId: ids['project management'],
      label: 'project management',
      matchedBy: 'fuzzy',
    });
    expect(await one('manage budgetz')).toMatchObject({
      skillId: ids['manage budgets'],
      matchedBy: 'fuzzy',
    });
    expect(await one('leidinggven aan anderen')).toMatchObject({
      skillId: ids['lead others'],
      matchedBy: 'fuzzy',
    });
  });

  it('matches short names exactly or not at all', async () => {
    expect(await one('HR')).toMatchObject({
      skillId: ids['human resource management'],
      matchedBy: 'synonym',
    });
    // No skill is called "SAP" or "SAS": free text, offered the skills that start with it.
    const sap = await one('SAP');
    expect(sap).toMatchObject({ skillId: null, label: 'SAP', matchedBy: 'free_text' });
    expect(sap.suggestions.length).toBeGreaterThan(0);
    for (const suggestion of sap.suggestions) expect(suggestion.label).toMatch(/^SAP/);
    const sas = await one('SAS');
    expect(sas.skillId).toBeNull();
    for (const suggestion of sas.suggestions) expect(suggestion.label).toMatch(/^SAS/);
    // One letter away from "HRM", but too short to guess.
    expect(await one('HRX')).toMatchObject({ skillId: null, matchedBy: 'free_text' });
  });

  it('keeps unknown names as free text, with suggestions when something is close', async () => {
    expect(await one('  interim   turnaround wizardry ')).toEqual({
      input: '  interim   turnaround wizardry ',
      skillId: null,
      label: 'interim turnaround wizardry',
      matchedBy: 'free_text',
      suggestions: [],
    });
    const budgets = await one('budget managing for hospitals');
    expect(budgets.skillId).toBeNull();
    expect(budgets.suggestions.length).toBeGreaterThan(0);
    expect(budgets.suggestions.length).toBeLessThanOrEqual(3);
    expect(budgets.suggestions.map((s) => s.label).join(' ')).toMatch(/budget/i);
  });

  it('resolves a batch in at most two queries, in input order, duplicates included', async () => {
    const names = [
      'Project Management',
      'programme management',
      'projet management',
      'SAP',
      'interim turnaround wizardry',
      'Leiding geven aan anderen',
      'project management',
      '',
      ...Array.from({ length: 20 }, (_, i) => `unknown skill number ${i}`),
    ];
    const queries: string[] = [];
    const counting = dataSource.createEntityManager();
    const query = counting.query.bind(counting);
    counting.query = ((sql: string, params?: unknown[]) => {
      queries.push(sql);
      return query(sql, params);
    }) as EntityManager['query'];

    const resolved = await resolver.resolve(names, 'en', counting);

    expect(queries.length).toBeLessThanOrEqual(2);
    expect(resolved.map((r) => r.input)).toEqual(names);
    expect(resolved[0].skillId).toBe(ids['project management']);
    expect(resolved[1].skillId).toBe(ids['project management']);
    expect(resolved[2].skillId).toBe(ids['project management']);
    expect(resolved[3].skillId).toBeNull();
    expect(resolved[5].skillId).toBe(ids['lead others']);
    expect(resolved[6].skillId).toBe(ids['project management']);
    expect(resolved[7]).toMatchObject({ skillId: null, label: '', matchedBy: 'free_text' });
  });

  it('relates skills through shared essential occupations, most shared first, capped', async () => {
    const { related } = await resolver.relatedSkills(
      [ids['project management'], ids['lead others']],
      5,
    );
    const forProject = related.get(ids['project management']) ?? [];
    expect(forProject.length).toBe(5);
    expect(forProject).not.toContain(ids['project management']);
    // Ranked by the number of essential occupations shared with project management.
    const counts: { skill_id: string; n: string }[] = await dataSource.query(
      `SELECT b.skill_id, count(*) AS n
         FROM occupation_skills a
         JOIN occupation_skills b ON b.occupation_id = a.occupation_id AND b.relation = 'essential'
        WHERE a.skill_id = $1 AND a.relation = 'essential' AND b.skill_id = ANY($2)
        GROUP BY b.skill_id`,
      [ids['project management'], forProject],
    );
    const shared = new Map(counts.map((c) => [c.skill_id, Number(c.n)]));
    const ranked = forProject.map((id) => shared.get(id) ?? 0);
    expect(ranked.every((n) => n > 0)).toBe(true);
    expect([...ranked].sort((a, b) => b - a)).toEqual(ranked);
    // A skill without essential occupations, and an unknown id, map to empty lists.
    expect(related.has(ids['lead others'])).toBe(true);
    const { related: unknown } = await resolver.relatedSkills([
      '00000000-0000-4000-8000-000000000000',
    ]);
    expect(unknown.get('00000000-0000-4000-8000-000000000000')).toEqual([]);
  });

  it('gives the labels of the skills and of their related skills with the relations', async () => {
    const asked = [ids['project management'], ids['lead others']];
    const { related, labels } = await resolver.relatedSkills(asked, 5);
    const everyone = [...asked, ...[...related.values()].flat()];
    expect([...labels.keys()].sort()).toEqual([...new Set(everyone)].sort());
    const rows: { id: string; label_en: string; label_nl: string | null }[] =
      await dataSource.query(`SELECT id, label_en, label_nl FROM skills WHERE id = ANY($1)`, [
        everyone,
      ]);
    for (const row of rows) {
      expect(labels.get(row.id)).toEqual({ en: row.label_en, nl: row.label_nl ?? row.label_en });
    }
  });

  it('labels skills in a locale, falling back to English where ESCO has no Dutch label', async () => {
    const labels = await resolver.labelsOf([ids['lead others'], ids['project management']], 'nl');
    expect(labels.get(ids['lead others'])).toBe('leiding geven aan anderen');
    expect(labels.get(ids['project management'])).toBe('project management');
    const english = await resolver.labelsOf([ids['lead others']], 'en');
    expect(english.get(ids['lead others'])).toBe('lead others');
  });
});
