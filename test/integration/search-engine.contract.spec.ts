import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { MeiliSearch } from 'meilisearch';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from '@gilde/kernel';
import {
  AssignmentSearchDocument,
  MeilisearchEngine,
  PostgresSearchEngine,
  ProfileSearchDocument,
  SearchEngine,
  loadSkillLabelGroups,
  taxonomySkillLookup,
  taxonomyTextAnalysis,
} from '@gilde/search';
import { ensureTaxonomyImported } from '@gilde/taxonomy';
import { createScratchDatabase, ScratchDatabase } from './support/scratch-database';

/**
 * One contract for every search engine: the same documents, the same queries, the same answers.
 * PostgreSQL always runs; Meilisearch runs when MEILI_URL points at a server.
 */
interface EngineUnderTest {
  name: string;
  make(dataSource: DataSource): Promise<SearchEngine>;
  cleanup?(): Promise<void>;
}

const meiliPrefix = `gilde_contract_${process.pid}_${randomUUID().slice(0, 6)}`;
const engines: EngineUnderTest[] = [
  {
    name: 'postgres',
    make: async (ds) => new PostgresSearchEngine(ds, { resolveSkills: taxonomySkillLookup(ds) }),
  },
];
const meiliUrl = process.env.MEILI_URL;
if (meiliUrl) {
  engines.push({
    name: 'meilisearch',
    make: async (ds) =>
      new MeilisearchEngine({
        url: meiliUrl,
        apiKey: process.env.MEILI_API_KEY,
        indexPrefix: meiliPrefix,
        loadSynonyms: () => loadSkillLabelGroups(ds),
        analysis: taxonomyTextAnalysis(ds),
      }),
    cleanup: async () => {
      const client = new MeiliSearch({ host: meiliUrl, apiKey: process.env.MEILI_API_KEY });
      for (const kind of ['profiles', 'assignments']) {
        await client.deleteIndexIfExists(`${meiliPrefix}_${kind}`);
        await client.deleteIndexIfExists(`${meiliPrefix}_${kind}_rebuild`);
      }
    },
  });
} else {
  console.log(
    'Search contract suite: Meilisearch SKIPPED because MEILI_URL is not set; PostgreSQL runs.',
  );
  describe.skip('search engine contract: meilisearch (MEILI_URL not set)', () => {
    it('runs when MEILI_URL points at a Meilisearch server', () => undefined);
  });
}

let scratch: ScratchDatabase;
let dataSource: DataSource;
const skill: Record<string, string> = {};

beforeAll(async () => {
  // An empty database of its own: the contract compares exact result sets, and rebuilds sweep.
  scratch = await createScratchDatabase('search_contract');
  dataSource = new DataSource(buildDataSourceOptions(scratch.config, { poolMax: 4 }));
  await dataSource.initialize();
  await ensureTaxonomyImported(dataSource);
  const rows: { id: string; label_en: string }[] = await dataSource.query(
    `SELECT id, label_en FROM skills WHERE label_en = ANY($1)`,
    [
      [
        'human resource management',
        'SAP R3',
        'SAS language',
        'project management',
        'financial management',
        'lead a team',
      ],
    ],
  );
  for (const r of rows) skill[r.label_en] = r.id;
}, 120_000);

afterAll(async () => {
  await dataSource?.destroy();
  await scratch?.drop();
});

function profile(
  patch: Partial<ProfileSearchDocument> & { interimId: string },
): ProfileSearchDocument {
  return {
    version: 1,
    visibility: 'clients',
    headline: 'Interim manager',
    skills: [],
    sectors: ['government'],
    assignmentKinds: ['change_programme'],
    languages: ['nl'],
    city: 'Utrecht',
    country: 'NL',
    remotePreference: 'hybrid',
    rateBand: 900,
    hoursMin: 24,
    hoursMax: 40,
    availableFrom: null,
    availableUntil: null,
    credentials: [],
    ...patch,
  };
}

const s = (label: string, strength = 0.8) => ({
  skillId: skill[label],
  labelEn: label,
  labelNl: null,
  strength,
});

function assignment(
  patch: Partial<AssignmentSearchDocument> & { assignmentId: string },
): AssignmentSearchDocument {
  return {
    organisationId: '00000000-0000-4000-8000-00000000000a',
    version: 1,
    title: 'Interim manager',
    description: '',
    skills: [],
    sector: 'government',
    assignmentKind: 'change_programme',
    languages: ['nl'],
    city: 'Utrecht',
    country: 'NL',
    remoteShare: 20,
    startDate: '2026-10-01',
    endDate: '2027-03-31',
    hoursPerWeek: 32,
    maxDayRate: 1100,
    publishedAt: '2026-09-01T08:00:00.000Z',
    ...patch,
  };
}

const page = { offset: 0, limit: 20 };
const ids = (n: number): string[] => Array.from({ length: n }, () => randomUUID());

describe.each(engines)('search engine contract: $name', (under) => {
  let engine: SearchEngine;
  const [hr, sap, finance, programme, hidden, junior] = ids(6);
  const [turnaround, remoteJob, laterJob] = ids(3);

  beforeAll(async () => {
    engine = await under.make(dataSource);
    await engine.prepare();
    await engine.upsertProfiles([
      profile({
        interimId: hr,
        headline: 'Interim HR-directeur zorgsector',
        skills: [s('human resource management', 0.9), s('lead a team', 0.7)],
        sectors: ['healthcare'],
        assignmentKinds: ['interim_hr'],
        languages: ['nl', 'en'],
        rateBand: 950,
        availableFrom: '2026-11-01',
        credentials: ['RQIM'],
      }),
      profile({
        interimId: sap,
        headline: 'SAP programme lead',
        skills: [s('SAP R3', 0.9), s('project management', 0.6)],
        sectors: ['manufacturing'],
        languages: ['en'],
        rateBand: 1300,
        remotePreference: 'remote',
      }),
      profile({
        interimId: finance,
        headline: 'Interim financieel directeur',
        skills: [s('financial management', 1), s('lead a team', 0.9)],
        sectors: ['healthcare', 'government'],
        assignmentKinds: ['interim_cfo'],
        rateBand: 1100,
      }),
      profile({
        interimId: programme,
        headline: 'Programmamanager digitale transformatie',
        skills: [s('project management', 0.95)],
        sectors: ['technology'],
        rateBand: 1000,
      }),
      profile({
        interimId: junior,
        headline: 'Projectleider',
        skills: [s('project management', 0.3), s('lead a team', 0.3)],
        sectors: ['technology'],
        rateBand: 700,
      }),
    ]);
    await engine.upsertAssignments([
      assignment({
        assignmentId: turnaround,
        title: 'Interim financieel directeur voor herstelplan',
        description: 'Een ziekenhuis zoekt een ervaren financieel directeur.',
        skills: [
          {
            skillId: skill['financial management'],
            labelEn: 'financial management',
            labelNl: null,
            weight: 5,
            mustHave: true,
          },
        ],
        sector: 'healthcare',
        assignmentKind: 'interim_cfo',
        startDate: '2026-10-01',
      }),
      assignment({
        assignmentId: remoteJob,
        title: 'Programmamanager ERP-implementatie',
        skills: [
          {
            skillId: skill['SAP R3'],
            labelEn: 'SAP R3',
            labelNl: null,
            weight: 4,
            mustHave: false,
          },
        ],
        sector: 'manufacturing',
        assignmentKind: 'project_programme_management',
        remoteShare: 80,
        languages: ['en'],
        startDate: '2026-12-01',
      }),
      assignment({
        assignmentId: laterJob,
        title: 'Interim HR-directeur',
        skills: [
          {
            skillId: skill['human resource management'],
            labelEn: 'human resource management',
            labelNl: null,
            weight: 5,
            mustHave: true,
          },
        ],
        sector: 'healthcare',
        assignmentKind: 'interim_hr',
        startDate: '2027-03-01',
      }),
    ]);
    // an upsert for a hidden profile, removed again: it must not come back
    await engine.upsertProfiles([
      profile({ interimId: hidden, headline: 'Verborgen programmamanager' }),
    ]);
    await engine.deleteProfiles([hidden]);
  }, 60_000);

  afterAll(async () => {
    await under.cleanup?.();
  });

  const found = async (query: Parameters<SearchEngine['searchProfiles']>[0]) =>
    (await engine.searchProfiles(query)).ids;

  it('finds profiles by a word of the headline, in either language', async () => {
    expect(await found({ ...page, text: 'financieel' })).toEqual([finance]);
    // the compound first, then its parts: the finance interim works in "zorg" and a "sector"
    expect(await found({ ...page, text: 'zorgsector' })).toEqual([hr, finance]);
  });

  it('forgives a typo in a long word', async () => {
    expect(await found({ ...page, text: 'programmamanagr' })).toContain(programme);
    expect(await found({ ...page, text: 'financeel directeur' })).toEqual([finance]);
  });

  it('never lets a short skill name such as SAP or HR match its neighbours', async () => {
    expect(await found({ ...page, text: 'SAP' })).toEqual([sap]);
    expect(await found({ ...page, text: 'SAS' })).toEqual([]);
    expect(await found({ ...page, text: 'SAP', skillIds: [skill['SAS language']] })).toEqual([]);
  });

  it('finds a skill by its synonym through the taxonomy', async () => {
    // "HRM" and "human resources management" are ESCO labels of human resource management
    expect(await found({ ...page, text: 'HRM' })).toContain(hr);
    expect(await found({ ...page, text: 'human resources management' })).toContain(hr);
  });

  it('filters on canonical skills, sector, kind, languages, availability, rate, credential and remote', async () => {
    const mine = [hr, sap, finance, programme, junior];
    const only = async (q: Parameters<SearchEngine['searchProfiles']>[0]) =>
      (await found({ ...q, offset: 0, limit: 100 })).filter((id) => mine.includes(id)).sort();
    expect(await only({ ...page, skillIds: [skill['project management']] })).toEqual(
      [sap, programme, junior].sort(),
    );
    expect(
      await only({ ...page, skillIds: [skill['project management'], skill['SAP R3']] }),
    ).toEqual([sap]);
    expect(await only({ ...page, sectors: ['healthcare'] })).toEqual([hr, finance].sort());
    expect(await only({ ...page, assignmentKinds: ['interim_hr', 'interim_cfo'] })).toEqual(
      [hr, finance].sort(),
    );
    expect(await only({ ...page, languages: ['nl', 'en'] })).toEqual([hr]);
    expect(await only({ ...page, sectors: ['healthcare'], availableBy: '2026-10-01' })).toEqual([
      finance,
    ]);
    expect(await only({ ...page, sectors: ['healthcare'], availableBy: '2026-11-01' })).toEqual(
      [hr, finance].sort(),
    );
    expect(await only({ ...page, maxDayRate: 1000 })).toEqual([hr, programme, junior].sort());
    expect(await only({ ...page, credential: 'RQIM' })).toEqual([hr]);
    expect(await only({ ...page, remotePreferences: ['remote'] })).toEqual([sap]);
  });

  it('pages through results with a total', async () => {
    const all = await engine.searchProfiles({
      offset: 0,
      limit: 100,
      skillIds: [skill['lead a team']],
    });
    expect(all.ids.sort()).toEqual([hr, finance, junior].sort());
    expect(all.total).toBe(3);
    const first = await engine.searchProfiles({
      offset: 0,
      limit: 2,
      skillIds: [skill['lead a team']],
    });
    const second = await engine.searchProfiles({
      offset: 2,
      limit: 2,
      skillIds: [skill['lead a team']],
    });
    expect(first.ids).toHaveLength(2);
    expect([...first.ids, ...second.ids].sort()).toEqual(all.ids.sort());
    expect(first.total).toBe(3);
  });

  it('retrieves the strongest holders of the skills, capped per skill, must-haves enforced', async () => {
    const capped = await engine.candidates({
      skills: [{ skillId: skill['project management'], weight: 5 }],
      requiredSkillIds: [],
      perSkillCap: 2,
      limit: 10,
    });
    expect(capped).toEqual([programme, sap]);
    const mustHave = await engine.candidates({
      skills: [
        { skillId: skill['project management'], weight: 5 },
        { skillId: skill['lead a team'], weight: 2 },
      ],
      requiredSkillIds: [skill['lead a team']],
      perSkillCap: 100,
      limit: 10,
    });
    expect(mustHave.sort()).toEqual([hr, finance, junior].sort());
  });

  it('lists every document id, page by page, for the reconciler', async () => {
    for (const kind of ['profiles', 'assignments'] as const) {
      const listed: string[] = [];
      for await (const ids of engine.listDocumentIds(kind, 2)) {
        expect(ids.length).toBeLessThanOrEqual(2);
        listed.push(...ids);
      }
      expect(listed.sort()).toEqual([...(await engine.indexedVersions(kind)).keys()].sort());
      expect(listed.length).toBeGreaterThan(2);
    }
  });

  it('removes deleted documents and keeps the newer version', async () => {
    expect(await found({ ...page, text: 'verborgen' })).toEqual([]);
    await engine.upsertProfiles([
      profile({ interimId: junior, version: 3, headline: 'Senior projectleider' }),
    ]);
    await engine.upsertProfiles([profile({ interimId: junior, version: 2, headline: 'Stagiair' })]);
    expect(await found({ ...page, text: 'senior' })).toEqual([junior]);
    expect(await found({ ...page, text: 'stagiair' })).toEqual([]);
    expect((await engine.indexedVersions('profiles')).get(junior)).toBe(3);
  });

  it('searches published assignments with typos and filters', async () => {
    const a = async (q: Parameters<SearchEngine['searchAssignments']>[0]) =>
      (await engine.searchAssignments(q)).ids;
    expect(await a({ ...page, text: 'financieel directeur' })).toEqual([turnaround]);
    expect(await a({ ...page, text: 'finacieel' })).toEqual([turnaround]);
    expect(await a({ ...page, text: 'ziekenhuis' })).toEqual([turnaround]);
    expect((await a({ ...page, sectors: ['healthcare'] })).sort()).toEqual(
      [turnaround, laterJob].sort(),
    );
    expect(await a({ ...page, assignmentKinds: ['interim_hr'] })).toEqual([laterJob]);
    expect(await a({ ...page, minRemoteShare: 50 })).toEqual([remoteJob]);
    expect((await a({ ...page, maxRemoteShare: 49 })).sort()).toEqual(
      [turnaround, laterJob].sort(),
    );
    expect(await a({ ...page, sectors: ['healthcare'], startBefore: '2026-12-31' })).toEqual([
      turnaround,
    ]);
    expect(await a({ ...page, startAfter: '2027-01-01' })).toEqual([laterJob]);
    expect(await a({ ...page, skillIds: [skill['SAP R3']] })).toEqual([remoteJob]);
    expect(await a({ ...page, languages: ['en'] })).toEqual([remoteJob]);
    await engine.deleteAssignments([remoteJob]);
    expect(await a({ ...page, skillIds: [skill['SAP R3']] })).toEqual([]);
  });

  it('rebuilds the whole index from the given documents, dropping what is no longer there', async () => {
    async function* batches() {
      yield [profile({ interimId: finance, version: 5, headline: 'Interim financieel directeur' })];
      yield [profile({ interimId: hr, version: 4, headline: 'Interim HR-directeur zorgsector' })];
    }
    const result = await engine.rebuildProfiles(batches());
    expect(result.documents).toBe(2);
    const versions = await engine.indexedVersions('profiles');
    expect([...versions.keys()].sort()).toEqual([finance, hr].sort());
    expect(versions.get(finance)).toBe(5);
    expect(await found({ ...page, text: 'programmamanager' })).toEqual([]);
    expect(await found({ ...page, text: 'financieel' })).toEqual([finance]);
  });
});
