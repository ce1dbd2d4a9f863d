import { KeyObject, createSecretKey } from 'node:crypto';
import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '@gilde/kernel';
import { AccessGuard } from './access/access.guard';
import { AccountMailService } from './accounts/account-mail.service';
import { AccountSecurityEvent } from './accounts/account-security-event.entity';
import { AccountToken } from './accounts/account-token.entity';
import { AccountTokensService } from './accounts/account-tokens.service';
import { AccountsController } from './accounts/accounts.controller';
import { AccountsService } from './accounts/accounts.service';
import { OrganisationAccessService } from './access/organisation-access.service';
import { AuthController } from './auth/auth.controller';
import { AuthService } from './auth/auth.service';
import { LoginLimiterService } from './auth/login-limiter.service';
import { SessionCookiesService } from './auth/session-cookies.service';
import { SessionRevocationsService } from './auth/session-revocations.service';
import { TokenService } from './auth/token.service';
import { Invitation } from './entities/invitation.entity';
import { Membership } from './entities/membership.entity';
import { Organisation } from './entities/organisation.entity';
import { OrganisationSso } from './entities/organisation-sso.entity';
import { SsoDomain } from './entities/sso-domain.entity';
import { RefreshToken } from './entities/refresh-token.entity';
import { User } from './entities/user.entity';
import { OrganisationsController } from './organisations/organisations.controller';
import { OrganisationsService } from './organisations/organisations.service';
import { MembersController } from './organisations/members.controller';
import { MembersService } from './organisations/members.service';
import { MembershipAnnouncements } from './organisations/membership-ended';
import { UsersService } from './users/users.service';
import { OidcClientsService } from './sso/oidc-clients.service';
import { SsoAttemptsService } from './sso/sso-attempts.service';
import { SsoSettingsController } from './sso/sso-settings.controller';
import { SsoSettingsService } from './sso/sso-settings.service';
import { SsoSignInController } from './sso/sso-sign-in.controller';
import { SsoSignInService } from './sso/sso-sign-in.service';

/**
 * The access-token key as a KeyObject: given a string, jsonwebtoken tries to parse it as a
 * public key on every verification before treating it as a secret (about half a millisecond a
 * request).
 */
function signingKey(config: AppConfig): KeyObject {
  return createSecretKey(Buffer.from(config.auth.jwtSecret, 'utf8'));
}

/** Users, organisations, roles and authentication. Registers the global access guard. */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      User,
      Organisation,
      Membership,
      Invitation,
      RefreshToken,
      AccountToken,
      AccountSecurityEvent,
      OrganisationSso,
      SsoDomain,
    ]),
    JwtModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        secret: signingKey(config),
        signOptions: { algorithm: 'HS256' },
        verifyOptions: { algorithms: ['HS256'] },
      }),
    }),
  ],
  controllers: [
    AuthController,
    OrganisationsController,
    MembersController,
    AccountsController,
    SsoSettingsController,
    SsoSignInController,
  ],
  providers: [
    AuthService,
    AccountsService,
    AccountTokensService,
    AccountMailService,
    TokenService,
    UsersService,
    LoginLimiterService,
    OrganisationAccessService,
    OrganisationsService,
    MembersService,
    MembershipAnnouncements,
    SessionCookiesService,
    SessionRevocationsService,
    OidcClientsService,
    SsoAttemptsService,
    SsoSettingsService,
    SsoSignInService,
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  exports: [
    OrganisationAccessService,
    MembersService,
    UsersService,
    OrganisationsService,
    TokenService,
    SessionRevocationsService,
  ],
})
export class IdentityModule {}

/** The identity services without controllers or the guard, for the worker. */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      User,
      Organisation,
      Membership,
      Invitation,
      RefreshToken,
      AccountToken,
      AccountSecurityEvent,
      OrganisationSso,
      SsoDomain,
    ]),
    JwtModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({ secret: signingKey(config) }),
    }),
  ],
  providers: [
    TokenService,
    UsersService,
    OrganisationAccessService,
    OrganisationsService,
    SessionRevocationsService,
    AccountTokensService,
    AccountMailService,
  ],
  exports: [
    AccountMailService,
    TokenService,
    UsersService,
    OrganisationAccessService,
    OrganisationsService,
    SessionRevocationsService,
  ],
})
export class IdentityCoreModule {}
