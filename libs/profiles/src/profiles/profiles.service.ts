import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuthUser, UserDirectory } from '@gilde/identity';
import { EVENTS, apiError, appendToOutbox, notFound, sql } from '@gilde/kernel';
import { SkillResolverService } from '@gilde/taxonomy';
import { CredentialDto, PutAvailabilityDto, PutProfileDto } from '../dto/profile.dto';
import {
  AvailabilityView,
  ClientProfileView,
  OwnProfileView,
  SavedProfileView,
} from '../dto/profile.view';
import { AvailabilityPeriod } from '../entities/availability-period.entity';
import { Credential } from '../entities/credential.entity';
import { ProfileConsent, ProfileConsentChange } from '../entities/profile-consent-change.entity';
import { ProfileSkill } from '../entities/profile-skill.entity';
import { ProfileBrowsingService } from '../browsing/profile-browsing.service';
import { ProfileErrors } from '../profiles.errors';
import { ProfilesReader } from '../reader/profiles.reader';
import {
  assertNoOverlaps,
  assertNoRepeatedCredentials,
  assertNoRepeatedSkillNames,
  assertNoSkillResolvedTwice,
  credentialKey,
} from './profile-rules';
import { bumpProfileVersion } from './profile-version';
import { toClientProfileView, toOwnProfileView, toSkillResolutionView } from './profile-views';

const PROFILE_MISSING =
  'You have no profile yet: create it first with PUT /api/v1/interims/me/profile.';

/** An interim's own profile and availability, and the client view of a profile. */
@Injectable()
export class ProfilesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly skills: SkillResolverService,
    private readonly reader: ProfilesReader,
    private readonly browsing: ProfileBrowsingService,
    private readonly directory: UserDirectory,
  ) {}

  /**
   * Creates or replaces the caller's profile. The upsert locks the profile row first, so
   * concurrent saves by the same interim run one after another and each bumps the version.
   */
  async putProfile(user: AuthUser, dto: PutProfileDto): Promise<SavedProfileView> {
    const names = dto.skills.map((s) => s.name.trim());
    assertNoRepeatedSkillNames(names);
    const credentials = (dto.credentials ?? []).map((c) => ({ ...c, number: c.number.trim() }));
    assertNoRepeatedCredentials(credentials);
    // Resolved before the transaction: it only reads the taxonomy and keeps the lock short.
    const resolved = await this.skills.resolve(names, user.locale);
    assertNoSkillResolvedTwice(resolved);

    return this.dataSource.transaction(async (manager) => {
      const version = await this.upsertProfile(manager, user.id, dto);
      await manager.delete(ProfileSkill, { userId: user.id });
      if (resolved.length) {
        await manager.insert(
          ProfileSkill,
          resolved.map((r, position) => ({
            userId: user.id,
            position,
            skillId: r.skillId,
            name: r.label,
            level: dto.skills[position].level,
            years: dto.skills[position].years,
          })),
        );
      }
      await this.replaceCredentials(manager, user.id, credentials);
      await this.profileChanged(manager, user.id, version);
      const saved = await this.reader.get(user.id, manager);
      if (!saved) throw new Error('profile vanished inside its own transaction');
      return { ...toOwnProfileView(saved), skillResolutions: resolved.map(toSkillResolutionView) };
    });
  }

  async getOwn(user: AuthUser): Promise<OwnProfileView> {
    const profile = await this.reader.get(user.id);
    if (!profile) throw apiError(404, ProfileErrors.profile_missing, PROFILE_MISSING);
    return toOwnProfileView(profile);
  }

  /** Replaces the availability calendar. Periods may not overlap. */
  async putAvailability(user: AuthUser, dto: PutAvailabilityDto): Promise<AvailabilityView> {
    const periods = [...dto.periods].sort((a, b) => a.from.localeCompare(b.from));
    assertNoOverlaps(periods, dto.periods);
    return this.dataSource.transaction(async (manager) => {
      const version = await bumpProfileVersion(manager, user.id);
      if (version === undefined) {
        throw apiError(404, ProfileErrors.profile_missing, PROFILE_MISSING);
      }
      await manager.delete(AvailabilityPeriod, { userId: user.id });
      if (periods.length) {
        await manager.insert(
          AvailabilityPeriod,
          periods.map((p) => ({
            userId: user.id,
            fromDate: p.from,
            toDate: p.to,
            hoursPerWeek: p.hoursPerWeek,
          })),
        );
      }
      await this.profileChanged(manager, user.id, version);
      return {
        periods: periods.map((p) => ({ from: p.from, to: p.to, hoursPerWeek: p.hoursPerWeek })),
        version,
      };
    });
  }

  /**
   * A profile as a client user sees it; hidden and unknown profiles are both 404. Members of an
   * organisation only (403 before anything is looked up), within the daily quota of profiles
   * (429); every view is recorded for the interim.
   */
  async getForClient(user: AuthUser, interimId: string): Promise<ClientProfileView> {
    const organisationIds = await this.browsing.requireMember(user);
    const profile = await this.reader.get(interimId);
    if (!profile || profile.visibility === 'hidden') throw notFound('Interim profile');
    const { contactable } = await this.browsing.admitProfileView(user, organisationIds, interimId);
    let contact: ClientProfileView['contact'] = null;
    if (contactable) {
      const person = (await this.directory.contacts([interimId])).get(interimId);
      if (person?.email && !person.erased) {
        contact = { email: person.email, kvkNumber: profile.kvkNumber, vatId: profile.vatId };
      }
    }
    return toClientProfileView(profile, contact);
  }

  private async upsertProfile(
    manager: EntityManager,
    userId: string,
    dto: PutProfileDto,
  ): Promise<number> {
    // The consents before the change, read under the row lock the upsert then keeps.
    const db = sql(manager);
    const before = await db
      .selectFrom('interimProfiles')
      .select(['visibility', 'notify'])
      .where('userId', '=', userId)
      .forUpdate()
      .executeTakeFirst();
    const values = {
      headline: dto.headline.trim(),
      summary: dto.summary?.trim() || null,
      sectors: dto.sectors,
      assignmentKinds: dto.assignmentKinds,
      languages: dto.languages,
      city: dto.location.city.trim(),
      country: dto.location.country,
      maxTravelKm: dto.maxTravelKm ?? null,
      remotePreference: dto.remotePreference,
      dayRateMin: dto.dayRate.min,
      dayRateMax: dto.dayRate.max,
      hoursMin: dto.hoursPerWeek.min,
      hoursMax: dto.hoursPerWeek.max,
      availableFrom: dto.availableFrom ?? null,
      notify: dto.preferences.notify,
      notifySectors: dto.preferences.sectors ?? [],
      visibility: dto.visibility,
      kvkNumber: dto.kvkNumber ?? null,
      vatId: dto.vatId ?? null,
    };
    const saved = await db
      .insertInto('interimProfiles')
      .values({ userId, ...values })
      .onConflict((oc) =>
        oc.column('userId').doUpdateSet((eb) => ({
          ...values,
          version: eb('interimProfiles.version', '+', 1),
          updatedAt: eb.fn('now'),
        })),
      )
      .returning('version')
      .executeTakeFirstOrThrow();
    await this.recordConsents(manager, userId, before ?? null, {
      visibility: dto.visibility,
      notify: dto.preferences.notify,
    });
    return saved.version;
  }

  /** Appends each consent that changed (or was first given) to the consent log. */
  private async recordConsents(
    manager: EntityManager,
    userId: string,
    before: Record<ProfileConsent, string> | null,
    after: Record<ProfileConsent, string>,
  ): Promise<void> {
    const changes = (Object.keys(after) as ProfileConsent[])
      .filter((consent) => before?.[consent] !== after[consent])
      .map((consent) => ({
        userId,
        changedBy: userId,
        consent,
        oldValue: before?.[consent] ?? null,
        newValue: after[consent],
        source: 'profile',
      }));
    if (changes.length) await manager.insert(ProfileConsentChange, changes);
  }

  /**
   * A credential sent again with the same type, number and validity date is the same
   * credential and keeps its verification; anything new or changed starts unverified.
   */
  private async replaceCredentials(
    manager: EntityManager,
    userId: string,
    wanted: CredentialDto[],
  ): Promise<void> {
    const existing = await manager.find(Credential, { where: { userId } });
    const wantedKeys = new Set(wanted.map(credentialKey));
    const existingKeys = new Set(existing.map(credentialKey));
    const gone = existing.filter((c) => !wantedKeys.has(credentialKey(c))).map((c) => c.id);
    if (gone.length) await manager.delete(Credential, gone);
    const added = wanted.filter((c) => !existingKeys.has(credentialKey(c)));
    if (added.length) {
      await manager.insert(
        Credential,
        added.map((c) => ({
          userId,
          type: c.type,
          number: c.number,
          validUntil: c.validUntil,
          status: 'unverified' as const,
        })),
      );
    }
  }

  private async profileChanged(
    manager: EntityManager,
    userId: string,
    version: number,
  ): Promise<void> {
    await appendToOutbox(manager, {
      eventType: EVENTS.profileUpdated,
      tenantId: userId,
      aggregateType: 'interim_profile',
      aggregateId: userId,
      payload: { interimId: userId, version },
    });
  }
}
