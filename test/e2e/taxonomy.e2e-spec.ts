import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions, loadConfig } from '@gilde/kernel';
import { ASSIGNMENT_KINDS, ensureTaxonomyImported, SECTORS } from '@gilde/taxonomy';
import { ApiHarness, registerUser, startApi, TestUser } from '@gilde/testing';

interface SuggestItem {
  skillId: string;
  label: string;
  matchedLabel: string;
  lang: 'en' | 'nl';
}

describe('skills and taxonomy API', () => {
  let api: ApiHarness;
  let interim: TestUser;
  let client: TestUser;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    const dataSource = await new DataSource(
      buildDataSourceOptions(loadConfig(), { applicationName: 'taxonomy-e2e', poolMax: 1 }),
    ).initialize();
    try {
      await ensureTaxonomyImported(dataSource);
      const rows: { id: string; label_en: string }[] = await dataSource.query(
        `SELECT id, label_en FROM skills WHERE label_en = ANY($1)`,
        [['project management', 'lead others', 'manage budgets']],
      );
      for (const row of rows) ids[row.label_en] = row.id;
    } finally {
      await dataSource.destroy();
    }
    api = await startApi();
    interim = await registerUser(api.http, 'interim');
    client = await registerUser(api.http, 'client');
  });
  afterAll(async () => {
    await api?.close();
  });

  const suggest = (query: Record<string, string | number>, user: TestUser = interim) =>
    api.http.get('/api/v1/skills/suggest').query(query).set(user.auth);

  describe('GET /skills/suggest', () => {
    it('requires a signed-in user', async () => {
      const res = await api.http.get('/api/v1/skills/suggest').query({ q: 'project' });
      expect(res.status).toBe(401);
    });

    it.each([
      ['no q', {}],
      ['an empty q', { q: '' }],
      ['a q of spaces only', { q: '   ' }],
      ['a q of 101 characters', { q: 'a'.repeat(101) }],
      ['a q of 1,000 accented characters', { q: 'é'.repeat(1000) }],
      ['limit 999', { q: 'project', limit: 999 }],
      ['limit 0', { q: 'project', limit: 0 }],
      ['a non-numeric limit', { q: 'project', limit: 'ten' }],
      ['an unknown locale', { q: 'project', locale: 'de' }],
      ['an unknown parameter', { q: 'project', sort: 'label' }],
    ])('answers 400 for %s', async (_, query) => {
      const res = await suggest(query);
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({
        statusCode: 400,
        error: 'Bad Request',
        code: 'validation_failed',
      });
    });

    it('refuses a 10,000-character q before doing any work', async () => {
      const res = await suggest({ q: 'é'.repeat(10_000) });
      // Fastify refuses a URL this long itself (431); anything over 100 characters is a 4xx.
      expect([400, 414, 431]).toContain(res.status);
    });

    it('completes a prefix, best match first, one item per skill', async () => {
      const res = await suggest({ q: 'project manag' }, client);
      expect(res.status).toBe(200);
      const items: SuggestItem[] = res.body.items;
      expect(items[0]).toEqual({
        skillId: ids['project management'],
        label: 'project management',
        matchedLabel: 'project management',
        lang: 'en',
      });
      expect(new Set(items.map((i) => i.skillId)).size).toBe(items.length);
      for (const item of items) {
        expect(Object.keys(item).sort()).toEqual(['label', 'lang', 'matchedLabel', 'skillId']);
      }
    });

    it('finds skills through synonyms and words inside a label', async () => {
      const synonym: SuggestItem[] = (await suggest({ q: 'programme manag' })).body.items;
      expect(synonym).toContainEqual(
        expect.objectContaining({
          skillId: ids['project management'],
          label: 'project management',
        }),
      );
      const inner: SuggestItem[] = (await suggest({ q: 'budgets' })).body.items;
      expect(inner.map((i) => i.skillId)).toContain(ids['manage budgets']);
    });

    it('tolerates typos', async () => {
      for (const q of ['projet management', 'projet manag', 'manage budgts']) {
        const items: SuggestItem[] = (await suggest({ q })).body.items;
        expect(items.map((i) => i.skillId)).toEqual(
          expect.arrayContaining([
            q.includes('budg') ? ids['manage budgets'] : ids['project management'],
          ]),
        );
      }
    });

    it('completes a Dutch prefix and labels in the requested language', async () => {
      const res = await suggest({ q: 'Leiding gev', locale: 'nl' });
      expect(res.status).toBe(200);
      expect(res.body.items[0]).toEqual({
        skillId: ids['lead others'],
        label: 'leiding geven aan anderen',
        matchedLabel: 'leiding geven aan anderen',
        lang: 'nl',
      });
      const english: SuggestItem[] = (await suggest({ q: 'leidinggev', locale: 'en' })).body.items;
      expect(english[0]).toMatchObject({
        skillId: ids['lead others'],
        label: 'lead others',
        lang: 'nl',
      });
    });

    it('respects the limit and answers an empty list for nonsense', async () => {
      const res = await suggest({ q: 'man', limit: 3 });
      expect(res.status).toBe(200);
      expect(res.body.items).toHaveLength(3);
      const none = await suggest({ q: 'qqqxzzv' });
      expect(none.status).toBe(200);
      expect(none.body).toEqual({ items: [] });
    });

    it('answers queries full of LIKE wildcards and quotes without error', async () => {
      for (const q of ['a%', 'a_', 'a\\', "o'reilly", '%_%a', 'x) OR 1=1 --']) {
        const res = await suggest({ q });
        expect(res.status).toBe(200);
        expect(Array.isArray(res.body.items)).toBe(true);
      }
    });
  });

  describe('GET /skills/resolve', () => {
    it('resolves names, keeping unknown ones as free text with suggestions', async () => {
      const res = await api.http
        .get('/api/v1/skills/resolve')
        .query(
          'names=Programme%20management&names=leidinggeven%20aan%20anderen&names=projet%20management&names=Turnaround%20wizardry&locale=nl',
        )
        .set(client.auth);
      expect(res.status).toBe(200);
      expect(res.body.items).toEqual([
        {
          input: 'Programme management',
          skillId: ids['project management'],
          label: 'project management',
          matchedBy: 'synonym',
          suggestions: [],
        },
        {
          input: 'leidinggeven aan anderen',
          skillId: ids['lead others'],
          label: 'leiding geven aan anderen',
          matchedBy: 'exact',
          suggestions: [],
        },
        expect.objectContaining({ skillId: ids['project management'], matchedBy: 'fuzzy' }),
        expect.objectContaining({
          skillId: null,
          label: 'Turnaround wizardry',
          matchedBy: 'free_text',
        }),
      ]);
    });

    it('accepts a single name and refuses too many, too long or none', async () => {
      const single = await api.http
        .get('/api/v1/skills/resolve')
        .query({ names: 'HR' })
        .set(interim.auth);
      expect(single.status).toBe(200);
      expect(single.body.items).toHaveLength(1);
      const many = new URLSearchParams(
        Array.from({ length: 51 }, (_, i): [string, string] => ['names', `skill ${i}`]),
      );
      for (const query of [many.toString(), `names=${'x'.repeat(101)}`, '', 'names=']) {
        const res = await api.http.get('/api/v1/skills/resolve').query(query).set(interim.auth);
        expect(res.status).toBe(400);
      }
      const anonymous = await api.http.get('/api/v1/skills/resolve').query({ names: 'HR' });
      expect(anonymous.status).toBe(401);
    });
  });

  describe('fixed catalogues', () => {
    it('lists the assignment kinds with English and Dutch labels, without signing in', async () => {
      const res = await api.http.get('/api/v1/taxonomy/assignment-kinds');
      expect(res.status).toBe(200);
      expect(res.body.items.map((i: { code: string }) => i.code)).toEqual([...ASSIGNMENT_KINDS]);
      expect(res.body.items).toContainEqual({
        code: 'interim_cfo',
        labels: { en: 'Interim CFO', nl: 'Interim-CFO / financieel directeur' },
      });
      for (const item of res.body.items) {
        expect(item.labels.en).toEqual(expect.any(String));
        expect(item.labels.nl).toEqual(expect.any(String));
      }
    });

    it('lists the sectors with English and Dutch labels', async () => {
      const res = await api.http.get('/api/v1/taxonomy/sectors').set(client.auth);
      expect(res.status).toBe(200);
      expect(res.body.items.map((i: { code: string }) => i.code)).toEqual([...SECTORS]);
      expect(res.body.items).toContainEqual({
        code: 'healthcare',
        labels: { en: 'Healthcare', nl: 'Zorg' },
      });
    });
  });
});
