import {
  ClientProfileView,
  ContactView,
  OwnProfileView,
  ProfileSkillResolutionView,
} from '../dto/profile.view';
import type { ProfileRecord } from '../reader/profile-record';
import type { ResolvedSkill } from '@gilde/taxonomy';

/** Mapping functions: responses are built field by field, never by returning a row. */

function baseView(p: ProfileRecord) {
  return {
    interimId: p.interimId,
    displayName: p.displayName,
    headline: p.headline,
    summary: p.summary,
    skills: p.skills.map((s) => ({
      skillId: s.skillId,
      name: s.name,
      level: s.level,
      years: s.years,
    })),
    sectors: [...p.sectors],
    assignmentKinds: [...p.assignmentKinds],
    languages: [...p.languages],
    location: { city: p.location.city, country: p.location.country },
    maxTravelKm: p.maxTravelKm,
    remotePreference: p.remotePreference,
    dayRate: { min: p.dayRate.min, max: p.dayRate.max },
    hoursPerWeek: { min: p.hoursPerWeek.min, max: p.hoursPerWeek.max },
    availableFrom: p.availableFrom,
    availability: p.availability.map((a) => ({
      from: a.from,
      to: a.to,
      hoursPerWeek: a.hoursPerWeek,
    })),
  };
}

export function toOwnProfileView(p: ProfileRecord): OwnProfileView {
  return {
    ...baseView(p),
    credentials: p.credentials.map((c) => ({
      id: c.id,
      type: c.type,
      number: c.number,
      validUntil: c.validUntil,
      status: c.status,
      verifiedAt: c.verifiedAt ? c.verifiedAt.toISOString() : null,
    })),
    preferences: { notify: p.preferences.notify, sectors: [...p.preferences.sectors] },
    visibility: p.visibility,
    kvkNumber: p.kvkNumber,
    vatId: p.vatId,
    version: p.version,
    updatedAt: p.updatedAt.toISOString(),
  };
}

/**
 * What a client user sees. Credential numbers, preferences and visibility stay private;
 * contact data only when the caller's organisation has a response from this interim.
 */
export function toClientProfileView(
  p: ProfileRecord,
  contact: ContactView | null,
): ClientProfileView {
  return {
    ...baseView(p),
    credentials: p.credentials.map((c) => ({
      type: c.type,
      validUntil: c.validUntil,
      status: c.status,
    })),
    contact,
  };
}

export function toSkillResolutionView(r: ResolvedSkill): ProfileSkillResolutionView {
  return {
    input: r.input,
    skillId: r.skillId,
    label: r.label,
    matchedBy: r.matchedBy,
    suggestions: r.suggestions.map((s) => ({ skillId: s.skillId, label: s.label })),
  };
}
