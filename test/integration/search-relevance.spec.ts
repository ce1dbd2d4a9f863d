import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from '@gilde/kernel';
import {
  PostgresSearchEngine,
  ProfileSearchDocument,
  skillStrength,
  taxonomySkillLookup,
} from '@gilde/search';
import { ensureTaxonomyImported } from '@gilde/taxonomy';
import {
  EscoCatalogue,
  GeneratedInterim,
  generateInterims,
  loadEscoCatalogue,
  skillIdsByUri,
} from '@gilde/test-data';
import { createScratchDatabase, ScratchDatabase } from './support/scratch-database';

/**
 * Relevance of free-text profile search on Dutch and English queries (job titles, compounds,
 * typos, synonyms), judged in test/relevance/queries.json over a deterministic corpus: interims
 * generated from every ESCO occupation with a fixed seed. Prints nDCG@10 per kind of query.
 */

type Rule =
  | { occupation: string; grade: number }
  | { occupationMatching: string; grade: number }
  | { skill: string; grade: number };

interface JudgedQuery {
  q: string;
  kind: string;
  judgements: Rule[];
}

const { queries } = JSON.parse(
  readFileSync(join(__dirname, '../relevance/queries.json'), 'utf8'),
) as { queries: JudgedQuery[] };

const SEED = 20261207;
const TODAY = '2026-12-07';
const PER_OCCUPATION = 3;
const K = 10;
/** The floor under the mean nDCG@10 of all queries (0.836 measured when it was set). */
const NDCG_FLOOR = 0.82;

/** Graded gain: a perfect hit counts far more than a related one. */
const gain = (grade: number) => 2 ** grade - 1;

function dcg(grades: number[]): number {
  return grades.slice(0, K).reduce((sum, g, i) => sum + gain(g) / Math.log2(i + 2), 0);
}

export function ndcgAtK(ranked: number[], all: number[]): number {
  const ideal = dcg([...all].sort((a, b) => b - a));
  return ideal === 0 ? 0 : dcg(ranked) / ideal;
}

function gradeOf(
  interim: GeneratedInterim,
  rules: Rule[],
  catalogue: EscoCatalogue,
  occupationLabel: Map<string, string>,
): number {
  const occupation = occupationLabel.get(interim.occupationUri) ?? '';
  const skills = new Set(interim.skills.map((s) => catalogue.skills.get(s.uri)?.labelEn));
  let grade = 0;
  for (const rule of rules) {
    const met =
      'occupation' in rule
        ? rule.occupation === occupation
        : 'occupationMatching' in rule
          ? new RegExp(rule.occupationMatching, 'u').test(occupation)
          : skills.has(rule.skill);
    if (met) grade = Math.max(grade, rule.grade);
  }
  return grade;
}

function documentOf(
  g: GeneratedInterim,
  catalogue: EscoCatalogue,
  skillIds: Map<string, string>,
): ProfileSearchDocument {
  return {
    interimId: g.id,
    version: 1,
    visibility: g.visibility === 'public' ? 'public' : 'clients',
    headline: g.headline,
    skills: g.skills.map((s) => {
      const skill = catalogue.skills.get(s.uri);
      return {
        skillId: skillIds.get(s.uri) ?? null,
        labelEn: skill?.labelEn ?? s.name,
        labelNl: skill?.labelNl ?? null,
        strength: skillStrength(s.level, s.years),
      };
    }),
    sectors: g.sectors,
    assignmentKinds: g.assignmentKinds,
    languages: g.languages,
    city: g.city,
    country: g.country,
    remotePreference: g.remotePreference,
    rateBand: 900,
    hoursMin: g.hoursMin,
    hoursMax: g.hoursMax,
    availableFrom: g.availableFrom,
    availableUntil: null,
    credentials: [],
  };
}

describe('search relevance on Dutch and English queries', () => {
  let scratch: ScratchDatabase;
  let dataSource: DataSource;
  let engine: PostgresSearchEngine;
  let catalogue: EscoCatalogue;
  let interims: GeneratedInterim[];
  const occupationLabel = new Map<string, string>();

  beforeAll(async () => {
    scratch = await createScratchDatabase('search_relevance');
    dataSource = new DataSource(buildDataSourceOptions(scratch.config, { poolMax: 4 }));
    await dataSource.initialize();
    await ensureTaxonomyImported(dataSource);
    catalogue = loadEscoCatalogue();
    for (const o of catalogue.occupations) occupationLabel.set(o.uri, o.labelEn);
    const skillIds = await skillIdsByUri(dataSource);
    interims = generateInterims(catalogue, catalogue.occupations.length * PER_OCCUPATION, {
      seed: SEED,
      today: TODAY,
    });
    engine = new PostgresSearchEngine(dataSource, {
      resolveSkills: taxonomySkillLookup(dataSource),
    });
    for (let i = 0; i < interims.length; i += 250) {
      await engine.upsertProfiles(
        interims.slice(i, i + 250).map((g) => documentOf(g, catalogue, skillIds)),
      );
    }
  }, 240_000);

  afterAll(async () => {
    await dataSource?.destroy();
    await scratch?.drop();
  });

  const total = async (text: string) =>
    (await engine.searchProfiles({ text, offset: 0, limit: 1 })).total;

  it('judges at least 60 queries, every rule naming a real occupation or skill', () => {
    expect(queries.length).toBeGreaterThanOrEqual(60);
    const occupations = new Set(occupationLabel.values());
    const skills = new Set([...catalogue.skills.values()].map((s) => s.labelEn));
    for (const { q, judgements } of queries) {
      expect(judgements.length).toBeGreaterThan(0);
      for (const rule of judgements) {
        const known =
          'occupation' in rule
            ? occupations.has(rule.occupation)
            : 'occupationMatching' in rule
              ? [...occupations].some((o) => new RegExp(rule.occupationMatching, 'u').test(o))
              : skills.has(rule.skill);
        if (!known) throw new Error(`${q}: no such occupation or skill in ${JSON.stringify(rule)}`);
      }
      // every query has something to find in the corpus
      expect(
        Math.max(...interims.map((g) => gradeOf(g, judgements, catalogue, occupationLabel))),
      ).toBeGreaterThan(0);
    }
  });

  it(`ranks what was asked for on top (mean nDCG@${K} ≥ ${NDCG_FLOOR})`, async () => {
    const byId = new Map(interims.map((g) => [g.id, g]));
    const scores: { q: string; kind: string; score: number }[] = [];
    for (const { q, kind, judgements } of queries) {
      const { ids } = await engine.searchProfiles({ text: q, offset: 0, limit: K });
      const grade = (g: GeneratedInterim) => gradeOf(g, judgements, catalogue, occupationLabel);
      const ranked = ids.map((id) => grade(byId.get(id)!));
      scores.push({ q, kind, score: ndcgAtK(ranked, interims.map(grade)) });
    }
    const mean = (list: number[]) => list.reduce((a, b) => a + b, 0) / list.length;
    const overall = mean(scores.map((s) => s.score));
    const kinds = [...new Set(scores.map((s) => s.kind))].sort();
    console.log(
      [
        `Search relevance: mean nDCG@${K} ${overall.toFixed(3)} over ${scores.length} queries ` +
          `(${interims.length} profiles; floor ${NDCG_FLOOR})`,
        ...kinds.map((k) => {
          const of = scores.filter((s) => s.kind === k).map((s) => s.score);
          return `  ${k.padEnd(36)} ${mean(of).toFixed(3)} (${of.length})`;
        }),
        'Weakest queries:',
        ...[...scores]
          .sort((a, b) => a.score - b.score)
          .slice(0, 8)
          .map((s) => `  ${s.q.padEnd(36)} ${s.score.toFixed(3)}`),
      ].join('\n'),
    );
    expect(overall).toBeGreaterThanOrEqual(NDCG_FLOOR);
  }, 120_000);

  it.each([
    ['projectmanagment', 'projectmanagement'],
    ['verandermanagement', 'change management'],
    ['verandermanagment', 'verandermanagement'],
    ['projectmanger', 'projectmanager'],
    ['programmamanagr', 'programmamanager'],
    ['kwaliteitsmanger', 'kwaliteitsmanager'],
    ['logistiekmanager', 'logistiek manager'],
    ['businessanalist', 'business analyst'],
    ['bussiness analyst', 'business analyst'],
    ['risicomanagement', 'risk management'],
    ['personeelsbeheer', 'manage staff'],
    ['inkoopmanager', 'purchasing manager'],
  ])('%s finds at least half of what %s finds', async (variant, correct) => {
    const expected = await total(correct);
    expect(expected).toBeGreaterThan(0);
    expect(await total(variant)).toBeGreaterThanOrEqual(expected / 2);
  });
});
