import { describe, expect, it } from '@jest/globals';
import {
  ApiException,
  apiError,
  declaredErrorCodes,
  declaredFieldCodes,
  defineErrorCodes,
  defineFieldCodes,
  invalidField,
  invalidFields,
} from './error-codes';

describe('defineErrorCodes', () => {
  it('returns code → code and lists each code with its context and meaning', () => {
    const codes = defineErrorCodes('spec_a', { spec_thing_taken: 'The thing is taken.' });
    expect(codes.spec_thing_taken).toBe('spec_thing_taken');
    expect(declaredErrorCodes()).toContainEqual({
      code: 'spec_thing_taken',
      context: 'spec_a',
      description: 'The thing is taken.',
    });
    const listed = declaredErrorCodes().map((c) => c.code);
    expect(listed).toEqual([...listed].sort());
    expect(listed).toEqual(expect.arrayContaining(['validation_failed', 'not_found']));
  });

  it('refuses a code another context already declared, and codes that are not snake_case', () => {
    defineErrorCodes('spec_b', { spec_shared: 'Meant one way.' });
    expect(() => defineErrorCodes('spec_c', { spec_shared: 'Meant another way.' })).toThrow(
      'Error code spec_shared is declared by spec_b and spec_c',
    );
    expect(() => defineErrorCodes('spec_c', { not_found: 'Again.' })).toThrow(/kernel/);
    expect(() => defineErrorCodes('spec_c', { BadCode: 'No.' })).toThrow(/snake_case/);
    // Declaring again from the same context (a module loaded twice) is harmless.
    expect(() => defineErrorCodes('spec_b', { spec_shared: 'Meant one way.' })).not.toThrow();
  });

  it('keeps field codes apart from the codes of the body', () => {
    const fields = defineFieldCodes('spec_d', { spec_overlaps: 'Overlaps.' });
    expect(fields.spec_overlaps).toBe('spec_overlaps');
    expect(declaredFieldCodes().map((c) => c.code)).toContain('spec_overlaps');
    expect(declaredErrorCodes().map((c) => c.code)).not.toContain('spec_overlaps');
  });
});

describe('apiError and invalidField', () => {
  it('carries status, code, message and extras', () => {
    const err = apiError(409, 'spec_thing_taken', 'Taken.', { state: 'sent' });
    expect(err).toBeInstanceOf(ApiException);
    expect(err.getStatus()).toBe(409);
    expect(err.getResponse()).toEqual({
      code: 'spec_thing_taken',
      message: 'Taken.',
      state: 'sent',
    });
  });

  it('answers 400 validation_failed naming the fields', () => {
    const err = invalidField('endDate', 'before_start', 'endDate must not be before startDate');
    expect(err.getStatus()).toBe(400);
    expect(err.getResponse()).toEqual({
      code: 'validation_failed',
      message: ['endDate must not be before startDate'],
      fields: [
        { field: 'endDate', code: 'before_start', message: 'endDate must not be before startDate' },
      ],
    });
    expect(
      (
        invalidFields([
          { field: 'a', code: 'required', message: 'a is required' },
          { field: 'b.0', code: 'duplicate', message: 'b twice' },
        ]).getResponse() as { message: string[] }
      ).message,
    ).toEqual(['a is required', 'b twice']);
  });
});
