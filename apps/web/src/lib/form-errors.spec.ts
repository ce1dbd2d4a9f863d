import { describe, expect, it } from '@jest/globals';
import { ApiError } from '../api/client';
import { en } from '../i18n/en';
import { nl } from '../i18n/nl';
import { errorMessage, formErrorState } from './form-errors';

const FIELDS = ['title', 'startDate', 'requiredSkills'] as const;
const problem = (field: string, code: string) => ({ field, code, message: 'not shown' });

describe('formErrorState', () => {
  it('words each failed field by its code beside the field, in the user language', () => {
    const err = new ApiError(400, {
      code: 'validation_failed',
      message: 'not shown',
      fields: [problem('title', 'required'), problem('requiredSkills.0.weight', 'too_large')],
    });
    expect(formErrorState(err, FIELDS, nl)).toEqual({
      byField: { title: nl.fieldCodes.required, requiredSkills: nl.fieldCodes.too_large },
      general: [],
    });
  });

  it('puts problems of fields the form does not show in the banner, and unknown codes generically', () => {
    const err = new ApiError(400, {
      code: 'validation_failed',
      fields: [problem('tenantId', 'unknown_field'), problem('title', 'some_new_rule')],
    });
    expect(formErrorState(err, FIELDS, en)).toEqual({
      byField: { title: en.fieldCodes.invalid },
      general: [en.fieldCodes.unknown_field],
    });
  });

  it('shows a refusal without fields in the banner by its code, never the API message', () => {
    const err = new ApiError(409, { code: 'budget_locked', message: 'English text from the API' });
    expect(formErrorState(err, FIELDS, nl)).toEqual({
      byField: {},
      general: [nl.errorCodes.budget_locked],
    });
  });

  it('says the API cannot be reached instead of showing a raw network error', () => {
    expect(formErrorState(new ApiError(0, undefined), FIELDS, en)).toEqual({
      byField: {},
      general: [en.errors.network],
    });
  });

  it('shows anything that is not an API error as unexpected', () => {
    expect(formErrorState(new Error('boom'), FIELDS, en)).toEqual({
      byField: {},
      general: [en.errors.unexpected],
    });
  });
});

describe('errorMessage', () => {
  it('words every error by its code in the user language, with fallbacks by status', () => {
    expect(errorMessage(new ApiError(409, { code: 'response_exists', message: 'x' }), nl)).toBe(
      nl.errorCodes.response_exists,
    );
    expect(errorMessage(new ApiError(403, { code: 'something_new' }), en)).toBe(
      en.errors.forbidden,
    );
    expect(errorMessage(new ApiError(404, {}), en)).toBe(en.errors.notFound);
    expect(errorMessage(new ApiError(0, undefined), en)).toBe(en.errors.network);
    expect(errorMessage(new ApiError(500, { message: 'Stack trace!' }), en)).toBe(
      en.errors.unexpected,
    );
    expect(errorMessage('nope', en)).toBe(en.errors.unexpected);
  });
});
