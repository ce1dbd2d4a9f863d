import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsObject,
  IsOptional,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { CHANNELS, Channel, FREQUENCIES, Frequency } from '../domain/notification-kinds';

export class KindPreferenceDto {
  @ApiProperty({ enum: CHANNELS, isArray: true, example: ['in_app', 'email'] })
  @IsArray()
  @ArrayMaxSize(CHANNELS.length)
  @ArrayUnique()
  @IsIn(CHANNELS, { each: true })
  channels!: Channel[];

  @ApiProperty({
    enum: FREQUENCIES,
    description:
      'How e-mail goes out: at once, in the daily digest, or not at all (off also stops in-app)',
  })
  @IsIn(FREQUENCIES)
  frequency!: Frequency;
}

export class UpdatePreferencesDto {
  @ApiPropertyOptional({
    type: KindPreferenceDto,
    description: 'New assignments that fit (interim managers)',
  })
  @IsOptional()
  // Without it ValidateNested also accepts an array of preferences.
  @IsObject()
  @ValidateNested()
  @Type(() => KindPreferenceDto)
  match?: KindPreferenceDto;

  @ApiPropertyOptional({ type: KindPreferenceDto, description: 'Responses and their decisions' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => KindPreferenceDto)
  response?: KindPreferenceDto;

  @ApiPropertyOptional({
    type: KindPreferenceDto,
    description: 'Invitations to respond (interim managers)',
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => KindPreferenceDto)
  invitation?: KindPreferenceDto;

  @ApiPropertyOptional({
    type: KindPreferenceDto,
    description: 'Contracts to draft, sign or accept',
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => KindPreferenceDto)
  contract?: KindPreferenceDto;

  @ApiPropertyOptional({ type: KindPreferenceDto, description: 'Reviews requested and received' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => KindPreferenceDto)
  review?: KindPreferenceDto;

  @ApiPropertyOptional({
    example: 'Europe/Amsterdam',
    description: 'IANA time zone; the digest comes at 08:00 there',
  })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  timeZone?: string;

  @ApiPropertyOptional({ enum: ['en', 'nl'], description: 'Language of e-mails and notifications' })
  @IsOptional()
  @IsIn(['en', 'nl'])
  locale?: 'en' | 'nl';
}

export class KindPreferenceView {
  @ApiProperty({ enum: CHANNELS, isArray: true })
  channels!: Channel[];

  @ApiProperty({ enum: FREQUENCIES })
  frequency!: Frequency;
}

export class NotificationPreferencesView {
  @ApiPropertyOptional({ type: KindPreferenceView })
  match?: KindPreferenceView;

  @ApiPropertyOptional({ type: KindPreferenceView })
  response?: KindPreferenceView;

  @ApiPropertyOptional({ type: KindPreferenceView })
  invitation?: KindPreferenceView;

  @ApiPropertyOptional({ type: KindPreferenceView })
  contract?: KindPreferenceView;

  @ApiPropertyOptional({ type: KindPreferenceView })
  review?: KindPreferenceView;

  @ApiProperty({ example: 'Europe/Amsterdam' })
  timeZone!: string;

  @ApiProperty({ enum: ['en', 'nl'] })
  locale!: 'en' | 'nl';
}

export class UnsubscribeQuery {
  @ApiProperty({ description: 'The signed token from the e-mail link' })
  @IsString()
  @MaxLength(200)
  token!: string;
}

export class UnsubscribedView {
  @ApiProperty()
  kind!: string;

  @ApiProperty({ enum: ['off'] })
  email!: 'off';

  @ApiProperty({ type: KindPreferenceView })
  preference!: KindPreferenceView;
}
