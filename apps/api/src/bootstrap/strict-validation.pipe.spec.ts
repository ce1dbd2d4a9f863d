import { describe, expect, it } from '@jest/globals';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { ApiException } from '@gilde/kernel';
import { StrictValidationPipe } from './strict-validation.pipe';

class Part {
  @IsInt()
  size!: number;
}

/** Deliberately without @IsObject(): the pipe must refuse arrays for single objects by itself. */
class Whole {
  @IsOptional()
  @ValidateNested()
  @Type(() => Part)
  part?: Part;

  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => Part)
  parts?: Part[];

  @IsOptional()
  @IsString()
  @MaxLength(50)
  name?: string;
}

const pipe = new StrictValidationPipe();
const asBody = (value: unknown) => pipe.transform(value, { type: 'body', metatype: Whole });

async function refusal(value: unknown): Promise<unknown> {
  const err = await asBody(value).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(ApiException);
  expect((err as ApiException).getStatus()).toBe(400);
  expect((err as ApiException).code).toBe('validation_failed');
  return (err as ApiException).getResponse();
}

describe('StrictValidationPipe', () => {
  it('accepts a nested object and a list of them', async () => {
    await expect(asBody({ part: { size: 1 }, parts: [{ size: 2 }] })).resolves.toEqual({
      part: { size: 1 },
      parts: [{ size: 2 }],
    });
  });

  it.each([
    ['an empty array', { part: [] }, 'part must be an object, not an array'],
    ['an array of valid objects', { part: [{ size: 1 }] }, 'part must be an object, not an array'],
    ['a list element that is an array', { parts: [[]] }, 'parts.0 must be an object, not an array'],
    [
      'an array deeper down',
      { parts: [{ size: 1 }, [{ size: 2 }]] },
      'parts.1 must be an object, not an array',
    ],
  ])('refuses %s where an object belongs', async (_name, body, message) => {
    const field = message.split(' ')[0];
    expect(await refusal(body)).toMatchObject({
      message: expect.arrayContaining([message]),
      fields: expect.arrayContaining([{ field, code: 'invalid_type', message }]),
    });
  });

  it.each([
    ['a body string', { name: 'a\u0000b' }],
    ['a nested string', { parts: [{ size: 1, note: 'x\u0000' }] }],
    ['a key', { ['na\u0000me']: 'x' }],
  ])('refuses a NUL character in %s', async (_name, body) => {
    expect(await refusal(body)).toMatchObject({
      message: 'The body must not contain NUL characters.',
    });
  });

  it('refuses a NUL character in a path or query parameter', async () => {
    for (const type of ['param', 'query'] as const) {
      await expect(pipe.transform('a\u0000b', { type, metatype: String })).rejects.toThrow(
        'must not contain NUL characters',
      );
    }
  });
});
