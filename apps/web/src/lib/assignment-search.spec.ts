import { describe, expect, it } from '@jest/globals';
import { filtersOf, paramsOf, searchQueryOf } from './assignment-search';

describe('searchQueryOf', () => {
  it('turns the URL filters into the search request', () => {
    const params = new URLSearchParams(
      'q=finance&sector=healthcare&kind=project_management&remote=true&startBefore=2027-01-01',
    );
    expect(searchQueryOf(params, 2, 10)).toEqual({
      q: 'finance',
      sector: 'healthcare',
      kind: 'project_management',
      remote: true,
      startBefore: '2027-01-01',
      page: 2,
      pageSize: 10,
    });
  });

  it('leaves out empty filters and asks remote only when ticked', () => {
    const query = searchQueryOf(new URLSearchParams('q=&remote=false'), 1, 10);
    expect(query).toEqual({
      q: undefined,
      sector: undefined,
      kind: undefined,
      remote: undefined,
      startBefore: undefined,
      page: 1,
      pageSize: 10,
    });
  });
});

describe('the search filters in the URL', () => {
  it('reads every filter, empty where absent, and writes back only those chosen', () => {
    const filters = filtersOf(new URLSearchParams('q=cfo&page=3'));
    expect(filters).toEqual({ q: 'cfo', sector: '', kind: '', remote: '', startBefore: '' });
    expect(paramsOf({ ...filters, remote: 'true' }).toString()).toBe('q=cfo&remote=true');
  });
});
