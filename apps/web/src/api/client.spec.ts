import { describe, expect, it } from '@jest/globals';
import { ApiError, call } from './client';

const answer = (status: number, error?: unknown) =>
  Promise.resolve({ error, response: new Response(null, { status }) });

describe('ApiError', () => {
  it('keeps every validation line of a 400 and joins them into its message', () => {
    const err = new ApiError(400, { message: ['email must be an email', 'password is too short'] });
    expect(err.messages).toEqual(['email must be an email', 'password is too short']);
    expect(err.message).toBe('email must be an email; password is too short');
  });

  it('falls back to the error name, then to the status, when there is no message', () => {
    expect(new ApiError(409, { error: 'Conflict' }).messages).toEqual(['Conflict']);
    expect(new ApiError(502, undefined).messages).toEqual(['Request failed (502)']);
  });

  it('places validation messages beside their fields, longest field name first', () => {
    const err = new ApiError(400, {
      message: [
        'dayRate.min must not be less than 0',
        'email must be an email',
        'requiredSkills.0.name should not be empty',
        'The assignment is not ready to publish: startDate is required.',
        'Something nobody expected',
      ],
    });
    expect(
      err.fieldErrors(['email', 'dayRate', 'dayRate.min', 'requiredSkills', 'startDate']),
    ).toEqual({
      byField: {
        'dayRate.min': 'Must not be less than 0',
        email: 'Must be an email',
        requiredSkills: 'Should not be empty',
        startDate: 'Is required.',
      },
      general: ['Something nobody expected'],
    });
  });

  it('keeps only the first message of a field', () => {
    const err = new ApiError(400, {
      message: ['email must be an email', 'email should not be empty'],
    });
    expect(err.fieldErrors(['email']).byField).toEqual({ email: 'Must be an email' });
  });

  it('puts everything in the general list when the answer is not a 400', () => {
    const err = new ApiError(409, { message: 'email is taken' });
    expect(err.fieldErrors(['email'])).toEqual({ byField: {}, general: ['email is taken'] });
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

  it('throws an ApiError with the status and the body of a refusal', async () => {
    const err = await call(
      answer(404, { statusCode: 404, error: 'Not Found', message: 'Assignment not found' }),
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({ status: 404, messages: ['Assignment not found'] });
  });

  it('turns a network failure into status 0', async () => {
    const err = await call(Promise.reject(new TypeError('Failed to fetch'))).catch(
      (e: unknown) => e,
    );
    expect(err).toMatchObject({ status: 0 });
  });
});
