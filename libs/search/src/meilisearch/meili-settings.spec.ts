import { describe, expect, it } from '@jest/globals';
import {
  AssignmentSearchDocument,
  ProfileSearchDocument,
  skillStrength,
} from '../search-documents';
import { toMeiliAssignment, toMeiliProfile } from './meili-documents';
import { assignmentSearchRequest, profileSearchRequest } from './meili-queries';
import {
  MAX_SYNONYMS_PER_SKILL,
  assignmentIndexSettings,
  profileIndexSettings,
  synonymsFromTaxonomy,
  withPhraseSynonyms,
} from './meili-settings';

const profile: ProfileSearchDocument = {
  interimId: '11111111-1111-4111-8111-111111111111',
  version: 3,
  visibility: 'clients',
  headline: 'Interim CFO in de zorg',
  skills: [
    {
      skillId: '22222222-2222-4222-8222-222222222222',
      labelEn: 'financial management',
      labelNl: 'financieel beheer',
      strength: 0.9,
    },
    { skillId: null, labelEn: 'Lean Six Sigma', labelNl: null, strength: 0.5 },
  ],
  sectors: ['healthcare'],
  assignmentKinds: ['interim_cfo'],
  languages: ['nl', 'en'],
  city: 'Utrecht',
  country: 'NL',
  remotePreference: 'hybrid',
  rateBand: 1050,
  hoursMin: 24,
  hoursMax: 36,
  availableFrom: '2026-09-01',
  availableUntil: null,
  credentials: ['RQIM'],
};

describe('Meilisearch settings', () => {
  it('never lets the rate band rank, and shows only ids (and, for profiles, skill strengths)', () => {
    expect(profileIndexSettings({}).sortableAttributes).toEqual(
      expect.arrayContaining(['skillStrength', 'id']),
    );
    expect(profileIndexSettings({}).displayedAttributes).toEqual([
      'id',
      'version',
      'skillStrength',
    ]);
    expect(assignmentIndexSettings({}).displayedAttributes).toEqual(['id', 'version']);
    for (const settings of [profileIndexSettings({}), assignmentIndexSettings({})]) {
      expect(settings.sortableAttributes).not.toContain('rateBand');
      expect(settings.sortableAttributes).not.toContain('maxDayRate');
      expect(settings.rankingRules).toEqual([
        'words',
        'typo',
        'proximity',
        'attribute',
        'sort',
        'exactness',
      ]);
    }
  });

  it('turns typos off for short skill names such as SAP and HR', () => {
    const typo = profileIndexSettings({}).typoTolerance!;
    expect(typo.minWordSizeForTypos).toEqual({ oneTypo: 5, twoTypos: 9 });
    expect(typo.disableOnWords).toEqual(expect.arrayContaining(['sap', 'hr', 'erp', 'ict']));
  });

  it('filters on every attribute the queries use', () => {
    const profileAttrs = profileIndexSettings({}).filterableAttributes as string[];
    const request = profileSearchRequest({
      offset: 0,
      limit: 10,
      skillIds: ['a'],
      sectors: ['healthcare'],
      assignmentKinds: ['turnaround'],
      languages: ['nl'],
      remotePreferences: ['remote'],
      availableBy: '2026-10-01',
      availableUntil: '2027-01-01',
      maxDayRate: 1000,
      credential: 'RQIM',
    });
    for (const attr of request.filter!.match(/[A-Za-z]+(?= (=|IN|<=|>=|IS))/gu)!) {
      expect(profileAttrs).toContain(attr);
    }
    const assignmentAttrs = assignmentIndexSettings({}).filterableAttributes as string[];
    const a = assignmentSearchRequest({
      offset: 0,
      limit: 10,
      skillIds: ['a'],
      sectors: ['healthcare'],
      assignmentKinds: ['turnaround'],
      languages: ['nl'],
      minRemoteShare: 50,
      startAfter: '2026-01-01',
      startBefore: '2026-12-31',
      minDayRate: 800,
    });
    for (const attr of a.filter!.match(/[A-Za-z]+(?= (=|IN|<=|>=|IS))/gu)!) {
      expect(assignmentAttrs).toContain(attr);
    }
  });

  it('builds synonyms from the taxonomy, both ways and capped', () => {
    const synonyms = synonymsFromTaxonomy([
      { labels: ['project management', 'Projectmanagement', 'manage projects'] },
      { labels: ['SAP'] },
      { labels: Array.from({ length: 30 }, (_, i) => `label ${i}`) },
    ]);
    expect(synonyms['projectmanagement']).toEqual(['manage projects', 'project management']);
    expect(synonyms['project management']).toEqual(['manage projects', 'projectmanagement']);
    expect(synonyms['sap']).toBeUndefined();
    expect(synonyms['label 0']).toHaveLength(MAX_SYNONYMS_PER_SKILL - 1);
  });
});

describe('Meilisearch documents', () => {
  it('keeps a profile minimal: no exact rates, no contact data, dates as day numbers', () => {
    const doc = toMeiliProfile(profile);
    expect(Object.keys(doc).sort()).toEqual(
      [
        'assignmentKinds',
        'availableFromDay',
        'availableUntilDay',
        'city',
        'compounds',
        'credentials',
        'headline',
        'id',
        'kindLabels',
        'languages',
        'rateBand',
        'remotePreference',
        'sectorLabels',
        'sectors',
        'skillIds',
        'skillStrength',
        'skills',
        'skillsNl',
        'version',
        'visibility',
      ].sort(),
    );
    expect(doc.rateBand).toBe(1050);
    expect(doc.skillIds).toEqual(['22222222-2222-4222-8222-222222222222']);
    expect(doc.skills).toEqual(['financial management', 'Lean Six Sigma']);
    expect(doc.skillsNl).toEqual(['financieel beheer']);
    expect(doc.sectorLabels).toEqual(['Healthcare', 'Zorg']);
    expect(doc.availableFromDay).toBe(Date.UTC(2026, 8, 1) / 86_400_000);
    expect(JSON.stringify(doc)).not.toMatch(/@|kvk|vat|email|phone/iu);
  });

  it('indexes the strength of each canonical skill, the strongest entry when listed twice', () => {
    const skillId = '22222222-2222-4222-8222-222222222222';
    const other = '55555555-5555-4555-8555-555555555555';
    const doc = toMeiliProfile({
      ...profile,
      skills: [
        { skillId, labelEn: 'financial management', labelNl: null, strength: skillStrength(3, 4) },
        { skillId, labelEn: 'finance', labelNl: null, strength: skillStrength(5, 15) },
        { skillId: other, labelEn: 'lead a team', labelNl: null, strength: skillStrength(2, 1) },
        { skillId: null, labelEn: 'Lean Six Sigma', labelNl: null, strength: 0.9 },
      ],
    });
    // the same values the PostgreSQL engine writes to search_profile_skills
    expect(doc.skillStrength).toEqual({ [skillId]: 1, [other]: 0.3 });
    expect(toMeiliProfile(profile).skillStrength).toEqual({ [skillId]: 0.9 });
    expect(() =>
      toMeiliProfile({ ...profile, skills: [{ ...profile.skills[0], skillId: 'a.b' }] }),
    ).toThrow(RangeError);
  });

  it('maps an assignment with its organisation for scoping', () => {
    const assignment: AssignmentSearchDocument = {
      assignmentId: '33333333-3333-4333-8333-333333333333',
      organisationId: '44444444-4444-4444-8444-444444444444',
      version: 2,
      title: 'Interim financieel directeur',
      description: 'Herstel van de financiële functie',
      skills: [
        {
          skillId: '22222222-2222-4222-8222-222222222222',
          labelEn: 'financial management',
          labelNl: null,
          weight: 5,
          mustHave: true,
        },
      ],
      sector: 'healthcare',
      assignmentKind: 'interim_cfo',
      languages: ['nl'],
      city: 'Zwolle',
      country: 'NL',
      remoteShare: 20,
      startDate: '2026-10-01',
      endDate: '2027-03-31',
      hoursPerWeek: 32,
      maxDayRate: 1200,
      publishedAt: '2026-09-01T10:00:00.000Z',
    };
    const doc = toMeiliAssignment(assignment);
    expect(doc).toMatchObject({
      id: assignment.assignmentId,
      organisationId: assignment.organisationId,
      startDay: Date.UTC(2026, 9, 1) / 86_400_000,
    });
  });
});

describe('Meilisearch synonyms from phrase groups', () => {
  it('adds the Dutch and English job words both ways, merged with the taxonomy', () => {
    const merged = withPhraseSynonyms({ verander: ['wijzig'] }, [
      ['verander', 'change'],
      ['verandermanagement', 'Change  Management'],
    ]);
    expect(merged.verander).toEqual(['change', 'wijzig']);
    expect(merged.change).toEqual(['verander']);
    expect(merged['change management']).toEqual(['verandermanagement']);
  });
});
