import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { BaseClient, errors, generators } from 'openid-client';
import { DataSource } from 'typeorm';
import { AppConfig, apiError, openSecret, sql } from '@gilde/kernel';
import { RequestOrigin } from '../accounts/accounts.service';
import { AuthService } from '../auth/auth.service';
import { TokensView } from '../dto/auth.dto';
import { IdentityErrors } from '../identity.errors';
import { normaliseEmail } from '../users/normalise-email';
import { OidcClientsService } from './oidc-clients.service';
import { SsoAttemptsService } from './sso-attempts.service';
import { SsoCallbackQuery } from './sso.dto';

const notConfigured = () =>
  apiError(
    404,
    IdentityErrors.sso_not_configured,
    'No organisation signs in this e-mail domain through single sign-on; sign in with your password.',
  );

const providerUnavailable = () =>
  apiError(
    502,
    IdentityErrors.sso_provider_unavailable,
    "The organisation's identity provider could not be reached; try again later.",
  );

/**
 * Signing in through an organisation's OpenID provider: the authorization code flow with PKCE,
 * state and nonce (openid-client verifies the ID token's signature against the provider's JWKS,
 * its issuer, audience, expiry and nonce). The first sign-in creates a verified client account
 * and a membership in the default role. An existing client account with the address signs in
 * and gets the membership when it lacks one: the organisation's provider vouches for an address
 * in a domain the organisation claimed. An interim account with the address is refused.
 */
@Injectable()
export class SsoSignInService {
  private readonly logger = new Logger('Security');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly oidc: OidcClientsService,
    private readonly attempts: SsoAttemptsService,
    private readonly auth: AuthService,
    private readonly config: AppConfig,
  ) {}

  /** Where to send the browser, and the value binding the attempt to it (a cookie). */
  async start(email: string): Promise<{ url: string; browserBinding: string }> {
    const address = normaliseEmail(email);
    const domain = address.split('@')[1] ?? '';
    const claim = await sql(this.dataSource.manager)
      .selectFrom('organisationSsoDomains')
      .select('organisationId')
      .where('domain', '=', domain)
      .executeTakeFirst();
    if (!claim) throw notConfigured();
    const client = await this.clientOf(claim.organisationId);
    const attempt = await this.attempts.begin(claim.organisationId);
    const url = client.authorizationUrl({
      scope: 'openid email profile',
      state: attempt.state,
      nonce: attempt.nonce,
      code_challenge: generators.codeChallenge(attempt.codeVerifier),
      code_challenge_method: 'S256',
      login_hint: address,
    });
    return { url, browserBinding: attempt.browserBinding };
  }

  /** The provider's redirect back: verifies everything, then signs the user in. */
  async complete(
    query: SsoCallbackQuery,
    browserBinding: string | undefined,
    origin: RequestOrigin,
  ): Promise<TokensView> {
    const attempt = await this.attempts.take(query.state, browserBinding);
    if (!attempt) {
      throw apiError(
        400,
        IdentityErrors.sso_state_invalid,
        'This sign-in attempt is unknown, expired, already used or was started in another browser; start again.',
      );
    }
    if (query.error) {
      throw apiError(
        401,
        IdentityErrors.sso_denied,
        `The identity provider did not sign you in (${query.error}).`,
      );
    }
    const client = await this.clientOf(attempt.organisationId);
    const claims = await this.verifiedClaims(client, query, attempt);
    const email = normaliseEmail(typeof claims.email === 'string' ? claims.email : '');
    if (claims.email_verified !== true || !email.includes('@')) {
      throw apiError(
        403,
        IdentityErrors.sso_email_unverified,
        'The identity provider did not confirm your e-mail address as verified.',
      );
    }
    const owned = await sql(this.dataSource.manager)
      .selectFrom('organisationSsoDomains')
      .select('domain')
      .where('organisationId', '=', attempt.organisationId)
      .where('domain', '=', email.split('@')[1])
      .executeTakeFirst();
    if (!owned) {
      throw apiError(
        403,
        IdentityErrors.sso_email_domain,
        "The identity provider's e-mail address is not in one of the organisation's domains.",
      );
    }
    const name = typeof claims.name === 'string' ? claims.name.trim().slice(0, 200) : '';
    return this.dataSource.transaction(async (manager) => {
      const db = sql(manager);
      const settings = await db
        .selectFrom('organisationSso')
        .select('defaultRole')
        .where('organisationId', '=', attempt.organisationId)
        .executeTakeFirst();
      if (!settings) throw notConfigured();
      await db
        .insertInto('users')
        .values({
          email,
          displayName: name || email.split('@')[0],
          accountType: 'client',
          emailVerifiedAt: new Date(),
        })
        .onConflict((oc) => oc.column('email').doNothing())
        .execute();
      const user = await db
        .selectFrom('users')
        .select(['id', 'accountType'])
        .where('email', '=', email)
        .forUpdate()
        .executeTakeFirstOrThrow();
      if (user.accountType !== 'client') {
        throw apiError(
          409,
          IdentityErrors.sso_account_type,
          'An interim manager account uses this e-mail address; sign in with your password.',
        );
      }
      // The organisation's provider proved the address just now.
      await db
        .updateTable('users')
        .set({ emailVerifiedAt: new Date() })
        .where('id', '=', user.id)
        .where('emailVerifiedAt', 'is', null)
        .execute();
      await db
        .insertInto('memberships')
        .values({
          organisationId: attempt.organisationId,
          userId: user.id,
          roles: [settings.defaultRole],
        })
        .onConflict((oc) => oc.columns(['organisationId', 'userId']).doNothing())
        .execute();
      this.logger.log(
        { event: 'auth.sso_sign_in', userId: user.id, organisationId: attempt.organisationId },
        'Signed in through single sign-on',
      );
      return this.auth.startSession(manager, user.id, origin);
    });
  }

  private async verifiedClaims(
    client: BaseClient,
    query: SsoCallbackQuery,
    attempt: { nonce: string; codeVerifier: string },
  ): Promise<Record<string, unknown>> {
    try {
      const params = Object.fromEntries(
        Object.entries(query).filter(([, value]) => value !== undefined),
      );
      const tokens = await client.callback(this.oidc.redirectUri, params, {
        state: query.state,
        nonce: attempt.nonce,
        code_verifier: attempt.codeVerifier,
      });
      const claims: Record<string, unknown> = tokens.claims();
      if (claims.email !== undefined) return claims;
      // Many providers put the e-mail claims in the userinfo answer only; openid-client checks
      // that its subject is the ID token's.
      const info = await client.userinfo(tokens);
      return { ...claims, email: info.email, email_verified: info.email_verified, name: info.name };
    } catch (err) {
      if (err instanceof errors.RPError) {
        this.logger.warn(
          { event: 'auth.sso_token_refused', reason: err.message },
          'ID token refused',
        );
        throw apiError(
          401,
          IdentityErrors.sso_token_invalid,
          `The identity provider's answer failed verification: ${err.message}.`,
        );
      }
      if (err instanceof errors.OPError) {
        throw apiError(
          401,
          IdentityErrors.sso_denied,
          `The identity provider refused the sign-in (${err.error ?? err.message}).`,
        );
      }
      this.logger.warn(
        { event: 'auth.sso_provider_failed', reason: (err as Error).message },
        'IdP failed',
      );
      throw providerUnavailable();
    }
  }

  private async clientOf(organisationId: string): Promise<BaseClient> {
    const settings = await sql(this.dataSource.manager)
      .selectFrom('organisationSso')
      .select(['issuer', 'clientId', 'clientSecretSealed'])
      .where('organisationId', '=', organisationId)
      .executeTakeFirst();
    if (!settings) throw notConfigured();
    const clientSecret = openSecret(
      this.config.auth.secretsKey,
      settings.clientSecretSealed,
      organisationId,
    );
    try {
      return await this.oidc.client({ ...settings, clientSecret });
    } catch (err) {
      this.logger.warn(
        { event: 'auth.sso_discovery_failed', reason: (err as Error).message },
        'IdP discovery failed',
      );
      throw providerUnavailable();
    }
  }
}
