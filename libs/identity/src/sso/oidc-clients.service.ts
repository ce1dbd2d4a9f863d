import { Injectable } from '@nestjs/common';
import { BaseClient, Issuer } from 'openid-client';
import { AppConfig } from '@gilde/kernel';

/** Discovery documents are read again after this long (the JWKS follows unknown key ids itself). */
const DISCOVERY_TTL_MS = 10 * 60_000;

export const SSO_CALLBACK_PATH = '/api/v1/auth/sso/callback';

/** Identifiers compare without a trailing slash: https://idp/ and https://idp are one issuer. */
export function sameIssuer(a: string, b: string): boolean {
  return a.replace(/\/+$/, '') === b.replace(/\/+$/, '');
}

/**
 * OpenID Connect clients (openid-client) for organisations' providers: discovery by issuer,
 * cached per process, with the client credentials and our callback as the redirect URI.
 */
@Injectable()
export class OidcClientsService {
  private readonly issuers = new Map<string, { issuer: Issuer<BaseClient>; at: number }>();

  constructor(private readonly config: AppConfig) {}

  get redirectUri(): string {
    return `${this.config.publicUrl}${SSO_CALLBACK_PATH}`;
  }

  /**
   * Reads the issuer's discovery document. Throws when it cannot be read or names another
   * issuer (a document copied from elsewhere would let tokens of that issuer through).
   */
  async discover(issuerUrl: string): Promise<Issuer<BaseClient>> {
    const cached = this.issuers.get(issuerUrl);
    if (cached && Date.now() - cached.at < DISCOVERY_TTL_MS) return cached.issuer;
    const issuer = await Issuer.discover(issuerUrl);
    if (!sameIssuer(String(issuer.metadata.issuer), issuerUrl)) {
      throw new Error(`the discovery document names issuer ${issuer.metadata.issuer}`);
    }
    this.issuers.set(issuerUrl, { issuer, at: Date.now() });
    return issuer;
  }

  async client(settings: {
    issuer: string;
    clientId: string;
    clientSecret: string;
  }): Promise<BaseClient> {
    const issuer = await this.discover(settings.issuer);
    return new issuer.Client({
      client_id: settings.clientId,
      client_secret: settings.clientSecret,
      redirect_uris: [this.redirectUri],
      response_types: ['code'],
      id_token_signed_response_alg: 'RS256',
    });
  }
}
