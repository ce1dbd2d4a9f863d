import { describe, expect, it } from '@jest/globals';
import { rateCardBody, rateCardRows } from './rate-card-rows';

describe('the rate card rows', () => {
  it('edits stored lines as text and sends them back as numbers, seniority only when chosen', () => {
    const rows = rateCardRows([
      { assignmentKind: 'interim_cfo', seniority: null, maxDayRate: 1200 },
      { assignmentKind: 'interim_cfo', seniority: 'executive', maxDayRate: 1500 },
    ]);
    expect(rows).toEqual([
      { assignmentKind: 'interim_cfo', seniority: '', maxDayRate: '1200' },
      { assignmentKind: 'interim_cfo', seniority: 'executive', maxDayRate: '1500' },
    ]);
    expect(rateCardBody(rows)).toEqual({
      entries: [
        { assignmentKind: 'interim_cfo', maxDayRate: 1200 },
        { assignmentKind: 'interim_cfo', maxDayRate: 1500, seniority: 'executive' },
      ],
    });
  });

  it('sends an empty maximum as not a number, for the API to refuse', () => {
    const body = rateCardBody([{ assignmentKind: 'interim_cfo', seniority: '', maxDayRate: ' ' }]);
    expect(body.entries[0].maxDayRate).toBeNaN();
  });
});
