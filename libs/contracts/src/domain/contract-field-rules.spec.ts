import { describe, expect, it } from '@jest/globals';
import { CONTRACT_FIELD_WRITERS, fieldsRefused } from './contract-field-rules';

describe('contract field-level write rules', () => {
  it('keeps fees, form, legal terms and the DBA check with procurement', () => {
    for (const field of ['dayRate', 'rateJustification', 'form', 'terms', 'dbaCheck']) {
      expect(fieldsRefused([field], ['hiring_manager'])).toEqual([field]);
      expect(fieldsRefused([field], ['procurement'])).toEqual([]);
    }
  });

  it('lets hiring managers adjust the practical arrangements only', () => {
    expect(
      fieldsRefused(['startDate', 'endDate', 'hoursPerWeek', 'placeOfWork'], ['hiring_manager']),
    ).toEqual([]);
    expect(fieldsRefused(['hoursPerWeek', 'dayRate'], ['hiring_manager'])).toEqual(['dayRate']);
  });

  it('gives admins without another role nothing, and refuses unknown fields', () => {
    expect(fieldsRefused(Object.keys(CONTRACT_FIELD_WRITERS), ['admin'])).toEqual(
      Object.keys(CONTRACT_FIELD_WRITERS),
    );
    expect(fieldsRefused(['status'], ['procurement'])).toEqual(['status']);
  });
});
