import { describe, expect, it } from '@jest/globals';
import { ApiError, call } from './client';

const answer = (status: number, error?: unknown) =>
  Promise.resolve({ error, response: new Response(null, { status }) });

const field = (path: string, code: string) => ({ field: path, code, message: `${path} ${code}` });

describe('ApiError', () => {
  it('keeps the code and the failed fields of the answer', () => {
    const err = new ApiError(400, {
      code: 'validation_failed',
      message: ['email must be an email'],
      fields: [field('email', 'invalid_email')],
    });
    expect(err).toMatchObject({ status: 400, code: 'validation_failed' });
    expect(err.fields).toEqual([field('email', 'invalid_email')]);
  });

  it('names an unreachable API `network`, and an answer without a code `unknown`', () => {
    expect(new ApiError(0, undefined).code).toBe('network');
    expect(new ApiError(502, undefined).code).toBe('unknown');
    expect(new ApiError(502, undefined).fields).toEqual([]);
  });

  it('places failed fields on the form by path, the longest form field first', () => {
    const err = new ApiError(400, {
      code: 'validation_failed',
      fields: [
        field('dayRate.min', 'too_small'),
        field('email', 'invalid_email'),
        field('requiredSkills.0.name', 'required'),
        field('tenantId', 'unknown_field'),
      ],
    });
    const placed = err.placeFields(['email', 'dayRate', 'dayRate.min', 'requiredSkills']);
    expect(Object.fromEntries(Object.entries(placed.byField).map(([k, p]) => [k, p.code]))).toEqual(
      { 'dayRate.min': 'too_small', email: 'invalid_email', requiredSkills: 'required' },
    );
    expect(placed.elsewhere.map((p) => p.field)).toEqual(['tenantId']);
  });

  it('keeps only the first problem of a field', () => {
    const err = new ApiError(400, {
      fields: [field('email', 'invalid_email'), field('email', 'required')],
    });
    expect(err.placeFields(['email']).byField.email?.code).toBe('invalid_email');
  });
});

describe('call', () => {
  it('answers the data of a 2xx answer', async () => {
    const ok = Promise.resolve({
      data: { id: 'a' },
      response: new Response(null, { status: 200 }),
    });
    await expect(call(ok)).resolves.toEqual({ id: 'a' });
  });

  it('throws an ApiError with the status and the code of a refusal', async () => {
    const err = await call(
      answer(404, {
        statusCode: 404,
        error: 'Not Found',
        code: 'not_found',
        message: 'Assignment not found',
      }),
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({ status: 404, code: 'not_found' });
  });

  it('turns a network failure into status 0', async () => {
    const err = await call(Promise.reject(new TypeError('Failed to fetch'))).catch(
      (e: unknown) => e,
    );
    expect(err).toMatchObject({ status: 0, code: 'network' });
  });
});
