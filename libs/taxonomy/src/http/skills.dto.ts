import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { SUGGEST_MAX_LIMIT } from '../skills/skill-suggester.service';
import { SKILL_LOCALES, type SkillLocale, type SkillMatch } from '../skills/resolved-skill';

export const MAX_RESOLVE_NAMES = 50;

export class SuggestSkillsQuery {
  @ApiProperty({
    description: 'What the user typed so far',
    minLength: 1,
    maxLength: 100,
    example: 'projectm',
  })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  @Matches(/[\p{L}\p{N}]/u, { message: 'q must contain a letter or a digit' })
  q!: string;

  @ApiPropertyOptional({ enum: SKILL_LOCALES, description: "Label language; default the caller's" })
  @IsOptional()
  @IsIn(SKILL_LOCALES)
  locale?: SkillLocale;

  @ApiPropertyOptional({ minimum: 1, maximum: SUGGEST_MAX_LIMIT, default: 10 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(SUGGEST_MAX_LIMIT)
  limit?: number;
}

export class ResolveSkillsQuery {
  @ApiProperty({
    type: [String],
    description: 'Repeat the parameter: names=a&names=b',
    maxItems: MAX_RESOLVE_NAMES,
  })
  // A single ?names=x arrives as a string.
  @Transform(({ value }: { value: unknown }): unknown[] =>
    Array.isArray(value) ? (value as unknown[]) : [value],
  )
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_RESOLVE_NAMES)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(100, { each: true })
  names!: string[];

  @ApiPropertyOptional({ enum: SKILL_LOCALES })
  @IsOptional()
  @IsIn(SKILL_LOCALES)
  locale?: SkillLocale;
}

export class SkillSuggestionView {
  @ApiProperty({ format: 'uuid' }) skillId!: string;
  @ApiProperty({
    description: 'Canonical label in the requested language (English when ESCO has no Dutch one)',
  })
  label!: string;
  @ApiProperty({ description: 'The label or synonym the query matched' }) matchedLabel!: string;
  @ApiProperty({ enum: SKILL_LOCALES, description: 'Language of matchedLabel' }) lang!: SkillLocale;
}

export class SkillSuggestionsView {
  @ApiProperty({ type: [SkillSuggestionView] }) items!: SkillSuggestionView[];
}

export class SkillRefView {
  @ApiProperty({ format: 'uuid' }) skillId!: string;
  @ApiProperty() label!: string;
}

export class ResolvedSkillView {
  @ApiProperty() input!: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) skillId!: string | null;
  @ApiProperty({ description: 'Canonical label, or the input itself for free text' })
  label!: string;
  @ApiProperty({ enum: ['exact', 'synonym', 'fuzzy', 'free_text'] }) matchedBy!: SkillMatch;
  @ApiProperty({ type: [SkillRefView], description: 'For free text: the skills probably meant' })
  suggestions!: SkillRefView[];
}

export class ResolvedSkillsView {
  @ApiProperty({ type: [ResolvedSkillView] }) items!: ResolvedSkillView[];
}

export class CatalogueLabelsView {
  @ApiProperty() en!: string;
  @ApiProperty() nl!: string;
}

export class CatalogueEntryView {
  @ApiProperty() code!: string;
  @ApiProperty({ type: CatalogueLabelsView }) labels!: CatalogueLabelsView;
}

export class CatalogueView {
  @ApiProperty({ type: [CatalogueEntryView] }) items!: CatalogueEntryView[];
}
