import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { MeiliSearch, MeiliSearchRequestError } from 'meilisearch';
import { SearchUnavailableError } from '../search-engine';
import { MeilisearchEngine } from './meilisearch.engine';

const A = 'aaaaaaaa-0000-4000-8000-000000000001';
const B = 'bbbbbbbb-0000-4000-8000-000000000002';
const I1 = '10000000-0000-4000-8000-000000000000';
const I2 = '20000000-0000-4000-8000-000000000000';

/** No server here: the client's multiSearch is replaced, the engine's wiring is what is tested. */
function engine(): MeilisearchEngine {
  return new MeilisearchEngine({
    url: 'http://127.0.0.1:1',
    indexPrefix: 'unit',
    loadSynonyms: async () => [],
  });
}

describe('MeilisearchEngine.candidates', () => {
  afterEach(() => {
    jest.restoreAllMocks();
  });

  it('sends one multi-search on the profile index, one query per skill, and merges the hits', async () => {
    const multiSearch = jest.spyOn(MeiliSearch.prototype, 'multiSearch').mockResolvedValue({
      results: [
        { indexUid: 'unit_profiles', hits: [{ id: I2, skillStrength: { [A]: 0.9 } }] },
        { indexUid: 'unit_profiles', hits: [{ id: I1, skillStrength: { [B]: 0.5 } }] },
      ],
    } as never);
    const ids = await engine().candidates({
      skills: [
        { skillId: A, weight: 1 },
        { skillId: B, weight: 4 },
      ],
      requiredSkillIds: [],
      perSkillCap: 50,
      limit: 10,
    });
    // I1: 4 × 0.5 = 2 outranks I2: 1 × 0.9
    expect(ids).toEqual([I1, I2]);
    expect(multiSearch).toHaveBeenCalledTimes(1);
    const params = multiSearch.mock.calls[0][0] as { queries: Record<string, unknown>[] };
    expect(params).not.toHaveProperty('federation');
    expect(params.queries).toEqual([
      expect.objectContaining({
        indexUid: 'unit_profiles',
        q: null,
        filter: `skillIds = "${A}"`,
        sort: [`skillStrength.${A}:desc`, 'id:asc'],
        limit: 50,
      }),
      expect.objectContaining({ indexUid: 'unit_profiles', filter: `skillIds = "${B}"` }),
    ]);
  });

  it('asks nothing without skills', async () => {
    const multiSearch = jest.spyOn(MeiliSearch.prototype, 'multiSearch');
    const ids = await engine().candidates({
      skills: [],
      requiredSkillIds: [],
      perSkillCap: 50,
      limit: 10,
    });
    expect(ids).toEqual([]);
    expect(multiSearch).not.toHaveBeenCalled();
  });

  it('answers SearchUnavailableError when Meilisearch cannot be reached', async () => {
    jest
      .spyOn(MeiliSearch.prototype, 'multiSearch')
      .mockRejectedValue(new MeiliSearchRequestError('http://127.0.0.1:1', new Error('refused')));
    await expect(
      engine().candidates({
        skills: [{ skillId: A, weight: 1 }],
        requiredSkillIds: [],
        perSkillCap: 50,
        limit: 10,
      }),
    ).rejects.toBeInstanceOf(SearchUnavailableError);
  });
});
