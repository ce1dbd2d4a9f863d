import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, QueryFailedError } from 'typeorm';
import { AppConfig, FieldError, invalidField, invalidFields, sealSecret, sql } from '@gilde/kernel';
import { AuthUser } from '../access/auth-user';
import { OrganisationAccessService } from '../access/organisation-access.service';
import { OrganisationRole } from '../entities/membership.entity';
import { IdentityFieldCodes } from '../identity.errors';
import { isFreeMailDomain } from './free-mail-domains';
import { OidcClientsService } from './oidc-clients.service';
import { SsoSettingsDto, SsoSettingsView } from './sso.dto';

const OFF: SsoSettingsView = {
  enabled: false,
  issuer: null,
  clientId: null,
  domains: [],
  defaultRole: null,
  updatedAt: null,
};

function normaliseDomain(domain: string): string {
  return domain.trim().toLowerCase().replace(/\.$/, '');
}

/**
 * An organisation's single sign-on settings, kept by its admins. A domain may be claimed only
 * when it is no free-mail domain, no other organisation claims it, and one of the
 * organisation's admins has a verified address in it; a DNS proof of ownership is not asked.
 */
@Injectable()
export class SsoSettingsService {
  private readonly logger = new Logger('Security');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: OrganisationAccessService,
    private readonly oidc: OidcClientsService,
    private readonly config: AppConfig,
  ) {}

  async get(user: AuthUser, organisationId: string): Promise<SsoSettingsView> {
    await this.access.require(user, organisationId, ['admin']);
    return this.view(organisationId);
  }

  async put(user: AuthUser, organisationId: string, dto: SsoSettingsDto): Promise<SsoSettingsView> {
    await this.access.require(user, organisationId, ['admin']);
    const issuer = dto.issuer.trim();
    const domains = dto.domains.map(normaliseDomain);
    await this.checkDomains(organisationId, domains);
    if (this.config.isProduction && !issuer.startsWith('https://')) {
      throw invalidField('issuer', IdentityFieldCodes.issuer_insecure, 'issuer must use https');
    }
    try {
      await this.oidc.discover(issuer);
    } catch (err) {
      throw invalidField(
        'issuer',
        IdentityFieldCodes.issuer_unreachable,
        `issuer: no usable discovery document (${(err as Error).message})`,
      );
    }
    try {
      await this.dataSource.transaction(async (manager) => {
        const db = sql(manager);
        const row = {
          organisationId,
          issuer,
          clientId: dto.clientId.trim(),
          clientSecretSealed: sealSecret(
            this.config.auth.secretsKey,
            dto.clientSecret,
            organisationId,
          ),
          defaultRole: dto.defaultRole,
          updatedBy: user.id,
        };
        await db
          .insertInto('organisationSso')
          .values(row)
          .onConflict((oc) =>
            oc.column('organisationId').doUpdateSet({ ...row, updatedAt: new Date() }),
          )
          .execute();
        await db
          .deleteFrom('organisationSsoDomains')
          .where('organisationId', '=', organisationId)
          .execute();
        await db
          .insertInto('organisationSsoDomains')
          .values([...new Set(domains)].map((domain) => ({ domain, organisationId })))
          .execute();
      });
    } catch (err) {
      // Another organisation claimed one of the domains since the check above.
      if (
        err instanceof QueryFailedError &&
        (err.driverError as { code?: string }).code === '23505'
      ) {
        await this.checkDomains(organisationId, domains);
      }
      throw err;
    }
    this.logger.log(
      { event: 'sso.configured', organisationId, userId: user.id, domains },
      'SSO settings saved',
    );
    return this.view(organisationId);
  }

  async remove(user: AuthUser, organisationId: string): Promise<void> {
    await this.access.require(user, organisationId, ['admin']);
    // The domains go with it (foreign key, on delete cascade).
    await sql(this.dataSource.manager)
      .deleteFrom('organisationSso')
      .where('organisationId', '=', organisationId)
      .execute();
    this.logger.log({ event: 'sso.removed', organisationId, userId: user.id }, 'SSO switched off');
  }

  private async checkDomains(organisationId: string, domains: string[]): Promise<void> {
    const db = sql(this.dataSource.manager);
    const taken = new Set(
      (
        await db
          .selectFrom('organisationSsoDomains')
          .select('domain')
          .where('domain', 'in', domains)
          .where('organisationId', '<>', organisationId)
          .execute()
      ).map((r) => r.domain),
    );
    const adminAddresses = await db
      .selectFrom('memberships')
      .innerJoin('users', 'users.id', 'memberships.userId')
      .select('users.email')
      .where('memberships.organisationId', '=', organisationId)
      .where((eb) => eb(eb.val('admin'), '=', eb.fn.any('memberships.roles')))
      .where('users.emailVerifiedAt', 'is not', null)
      .where('users.erasedAt', 'is', null)
      .execute();
    const proven = new Set(adminAddresses.map((r) => r.email?.split('@')[1]).filter(Boolean));
    const problems: FieldError[] = [];
    domains.forEach((domain, i) => {
      const field = `domains.${i}`;
      if (isFreeMailDomain(domain)) {
        problems.push({
          field,
          code: IdentityFieldCodes.free_mail_domain,
          message: `${domain} is a free e-mail domain`,
        });
      } else if (taken.has(domain)) {
        problems.push({
          field,
          code: IdentityFieldCodes.domain_taken,
          message: `${domain} is claimed by another organisation`,
        });
      } else if (!proven.has(domain)) {
        problems.push({
          field,
          code: IdentityFieldCodes.domain_unproven,
          message: `no admin of the organisation has a verified address at ${domain}`,
        });
      }
    });
    if (problems.length) throw invalidFields(problems);
  }

  private async view(organisationId: string): Promise<SsoSettingsView> {
    const db = sql(this.dataSource.manager);
    const settings = await db
      .selectFrom('organisationSso')
      .select(['issuer', 'clientId', 'defaultRole', 'updatedAt'])
      .where('organisationId', '=', organisationId)
      .executeTakeFirst();
    if (!settings) return OFF;
    const domains = await db
      .selectFrom('organisationSsoDomains')
      .select('domain')
      .where('organisationId', '=', organisationId)
      .orderBy('domain')
      .execute();
    return {
      enabled: true,
      issuer: settings.issuer,
      clientId: settings.clientId,
      domains: domains.map((d) => d.domain),
      defaultRole: settings.defaultRole as OrganisationRole,
      updatedAt: new Date(settings.updatedAt).toISOString(),
    };
  }
}
