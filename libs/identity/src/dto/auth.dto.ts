import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { ACCOUNT_TYPES, AccountType } from '../entities/user.entity';

export const PASSWORD_MIN_LENGTH = 12;

export class RegisterDto {
  @ApiProperty({ example: 'anna@example.nl', maxLength: 254 })
  @IsEmail({}, { message: 'email must be a valid e-mail address' })
  @MaxLength(254)
  email!: string;

  @ApiProperty({ minLength: PASSWORD_MIN_LENGTH, maxLength: 256 })
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH, {
    message: `password must be at least ${PASSWORD_MIN_LENGTH} characters`,
  })
  @MaxLength(256)
  password!: string;

  @ApiProperty({ example: 'Anna de Vries', maxLength: 120 })
  @IsString()
  @MinLength(1)
  @MaxLength(120)
  displayName!: string;

  @ApiProperty({ enum: ACCOUNT_TYPES })
  @IsIn(ACCOUNT_TYPES)
  accountType!: AccountType;
}

export class LoginDto {
  @ApiProperty({ example: 'anna@example.nl' })
  @IsString()
  @MaxLength(254)
  email!: string;

  @ApiProperty()
  @IsString()
  @MaxLength(256)
  password!: string;
}

export class RefreshDto {
  @ApiPropertyOptional({
    description:
      'For API clients. Browsers send {} and the session cookie with the X-CSRF-Token header instead.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  refreshToken?: string;
}

export class UserView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() email!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ enum: ACCOUNT_TYPES }) accountType!: AccountType;
  @ApiProperty({ enum: ['en', 'nl'] }) locale!: string;
  @ApiProperty() isPlatformAdmin!: boolean;
  @ApiProperty() emailVerified!: boolean;
}

export class TokensView {
  @ApiProperty({ type: UserView }) user!: UserView;
  @ApiProperty() accessToken!: string;
  @ApiPropertyOptional({
    description:
      'For API clients (sign-in, registration, and a refresh that sent refreshToken in the body). ' +
      'A refresh through the session cookie leaves it out: the browser keeps it in the cookie.',
  })
  refreshToken?: string;
  @ApiProperty({ description: 'Seconds until the access token expires' }) expiresIn!: number;
}
