import 'reflect-metadata';
import { describe, expect, it } from '@jest/globals';
import { Type, plainToInstance } from 'class-transformer';
import {
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  ValidateNested,
  validateSync,
} from 'class-validator';
import { fieldCodeOf, validationFields } from './validation-fields';

class SkillDto {
  @IsString()
  @MaxLength(5)
  name!: string;

  @IsInt()
  @Max(5)
  level!: number;
}

class BodyDto {
  @IsISO8601()
  startDate!: string;

  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => SkillDto)
  skills?: SkillDto[];
}

function fieldsOf(body: Record<string, unknown>) {
  return validationFields(
    validateSync(plainToInstance(BodyDto, body), {
      whitelist: true,
      forbidNonWhitelisted: true,
      validationError: { target: false, value: false },
    }),
  );
}

describe('validationFields', () => {
  it('names each failed constraint by the dotted path of its field, with a code', () => {
    const fields = fieldsOf({
      startDate: 'soon',
      skills: [
        { name: 'budgetting', level: 3 },
        { name: 'ok', level: 9 },
      ],
      tenantId: 'x',
    });
    expect(fields.map(({ field, code }) => ({ field, code }))).toEqual(
      expect.arrayContaining([
        { field: 'startDate', code: 'invalid_date' },
        { field: 'skills.0.name', code: 'too_long' },
        { field: 'skills.1.level', code: 'too_large' },
        { field: 'tenantId', code: 'unknown_field' },
      ]),
    );
    expect(fields).toHaveLength(4);
  });

  it('keeps the readable message, prefixed with the parent path when nested', () => {
    const fields = fieldsOf({ startDate: '2026-01-01', skills: [{ name: 'x', level: 'high' }] });
    expect(fields.find((f) => f.code === 'invalid_type')).toEqual({
      field: 'skills.0.level',
      code: 'invalid_type',
      message: expect.stringMatching(/^skills\.0\.level must be/),
    });
  });

  it('answers nothing for a valid body', () => {
    expect(fieldsOf({ startDate: '2026-01-01', skills: [{ name: 'x', level: 1 }] })).toEqual([]);
  });

  it('maps unknown constraints to their snake_case name', () => {
    expect(fieldCodeOf('isPostalCode')).toBe('is_postal_code');
    expect(fieldCodeOf('isNotEmpty')).toBe('required');
  });
});
