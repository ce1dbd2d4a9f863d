import { describe, expect, it } from '@jest/globals';
import { ApiError } from '../api/client';
import { en } from '../i18n/en';
import { errorMessage, formErrorState } from './form-errors';

const FIELDS = ['title', 'startDate'] as const;

describe('formErrorState', () => {
  it('shows a 400 beside the fields and the rest in the banner', () => {
    const err = new ApiError(400, { message: ['title should not be empty', 'Too many drafts'] });
    expect(formErrorState(err, FIELDS, en.errors)).toEqual({
      byField: { title: 'Should not be empty' },
      general: ['Too many drafts'],
    });
  });

  it('says the API cannot be reached instead of showing a raw network error', () => {
    expect(formErrorState(new ApiError(0, { message: 'network' }), FIELDS, en.errors)).toEqual({
      byField: {},
      general: [en.errors.network],
    });
  });

  it('shows anything that is not an API error as unexpected', () => {
    expect(formErrorState(new Error('boom'), FIELDS, en.errors)).toEqual({
      byField: {},
      general: [en.errors.unexpected],
    });
  });
});

describe('errorMessage', () => {
  it('words forbidden, missing and unreachable in the user language, and shows other messages', () => {
    expect(errorMessage(new ApiError(403, {}), en)).toBe(en.errors.forbidden);
    expect(errorMessage(new ApiError(404, {}), en)).toBe(en.errors.notFound);
    expect(errorMessage(new ApiError(0, {}), en)).toBe(en.errors.network);
    expect(errorMessage(new ApiError(409, { message: 'Already signed' }), en)).toBe(
      'Already signed',
    );
    expect(errorMessage('nope', en)).toBe(en.errors.unexpected);
  });
});
