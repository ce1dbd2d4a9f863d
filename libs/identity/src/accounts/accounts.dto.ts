import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsEmail,
  IsIn,
  IsString,
  Matches,
  MaxLength,
  MinLength,
  ValidateIf,
} from 'class-validator';

/** Optional, but when present not null: a PATCH never blanks a required column. */
const IfPresent = () => ValidateIf((_: unknown, value: unknown) => value !== undefined);
import { PASSWORD_MIN_LENGTH } from '../dto/auth.dto';

const TOKEN_MAX = 200;

export class VerifyEmailDto {
  @ApiProperty({ description: 'The token from the verification link', maxLength: TOKEN_MAX })
  @IsString()
  @MinLength(1)
  @MaxLength(TOKEN_MAX)
  token!: string;
}

export class PasswordResetRequestDto {
  @ApiProperty({ example: 'anna@example.nl', maxLength: 254 })
  @IsEmail({}, { message: 'email must be a valid e-mail address' })
  @MaxLength(254)
  email!: string;
}

export class PasswordResetConfirmDto {
  @ApiProperty({ description: 'The token from the reset link', maxLength: TOKEN_MAX })
  @IsString()
  @MinLength(1)
  @MaxLength(TOKEN_MAX)
  token!: string;

  @ApiProperty({ minLength: PASSWORD_MIN_LENGTH, maxLength: 256 })
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH, {
    message: `password must be at least ${PASSWORD_MIN_LENGTH} characters`,
  })
  @MaxLength(256)
  password!: string;
}

export class ChangePasswordDto {
  @ApiProperty({ maxLength: 256 })
  @IsString()
  @MaxLength(256)
  currentPassword!: string;

  @ApiProperty({ minLength: PASSWORD_MIN_LENGTH, maxLength: 256 })
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH, {
    message: `newPassword must be at least ${PASSWORD_MIN_LENGTH} characters`,
  })
  @MaxLength(256)
  newPassword!: string;
}

export class UpdateMeDto {
  @ApiPropertyOptional({ example: 'Anna de Vries', maxLength: 120 })
  @IfPresent()
  @IsString()
  @MinLength(1)
  @MaxLength(120)
  @Matches(/\S/, { message: 'displayName must not be blank' })
  displayName?: string;

  @ApiPropertyOptional({ enum: ['en', 'nl'] })
  @IfPresent()
  @IsIn(['en', 'nl'])
  locale?: 'en' | 'nl';
}

export class AcceptedView {
  @ApiProperty({ example: 'accepted' }) status!: 'accepted';
  @ApiProperty() message!: string;
}

export class SessionView {
  @ApiProperty({ format: 'uuid', description: 'The sign-in (refresh-token family)' }) id!: string;
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'Browser and system, read from the user agent',
  })
  device!: string | null;
  @ApiProperty({ nullable: true, type: String }) userAgent!: string | null;
  @ApiProperty({ nullable: true, type: String }) ip!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) lastUsedAt!: string;
  @ApiProperty({ description: 'The session this request was made with' }) current!: boolean;
}

export class SessionListView {
  @ApiProperty({ type: [SessionView] }) items!: SessionView[];
}
