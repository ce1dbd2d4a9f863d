import { Transform } from 'class-transformer';

/**
 * A strict boolean query parameter: only "true" and "false" are accepted; anything
 * else stays a string and fails @IsBoolean. (Implicit conversion turns "false" into true.)
 */
export const BooleanParam = (): PropertyDecorator =>
  Transform(({ value }: { value: unknown }) =>
    value === 'true' ? true : value === 'false' ? false : value,
  );
