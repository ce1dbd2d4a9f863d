import { invalidField } from '@gilde/kernel';
import { ResolvedSkill, normalizeLabel } from '@gilde/taxonomy';
import { AvailabilityPeriodDto, CredentialDto } from '../dto/profile.dto';
import { ProfileFieldCodes } from '../profiles.errors';

/** Checks on a whole profile or calendar that field validation cannot express; each throws 400. */

/** A credential is identified by what the interim claims: type, number and validity date. */
export function credentialKey(c: { type: string; number: string; validUntil: string }): string {
  return JSON.stringify([c.type, c.number, c.validUntil]);
}

export function assertNoRepeatedSkillNames(names: string[]): void {
  const seen = new Map<string, string>();
  for (const [i, name] of names.entries()) {
    const key = normalizeLabel(name);
    const first = seen.get(key);
    if (first !== undefined) {
      throw invalidField(
        `skills.${i}.name`,
        ProfileFieldCodes.duplicate,
        `skills lists "${first}" twice; list each skill once`,
      );
    }
    seen.set(key, name);
  }
}

export function assertNoSkillResolvedTwice(resolved: ResolvedSkill[]): void {
  const seen = new Map<string, ResolvedSkill>();
  for (const [i, r] of resolved.entries()) {
    if (!r.skillId) continue;
    const first = seen.get(r.skillId);
    if (first) {
      throw invalidField(
        `skills.${i}.name`,
        ProfileFieldCodes.same_skill,
        `skills "${first.input}" and "${r.input}" are the same skill ("${r.label}"); list it once`,
      );
    }
    seen.set(r.skillId, r);
  }
}

export function assertNoRepeatedCredentials(credentials: CredentialDto[]): void {
  const keys = credentials.map(credentialKey);
  const repeated = keys.findIndex((key, i) => keys.indexOf(key) !== i);
  if (repeated >= 0) {
    throw invalidField(
      `credentials.${repeated}`,
      ProfileFieldCodes.duplicate,
      'credentials lists the same credential twice',
    );
  }
}

/**
 * Touching days overlap: a day is in one period only. `sent` is the list as the client sent it,
 * so the refusal names the period by its place there.
 */
export function assertNoOverlaps(
  periods: AvailabilityPeriodDto[],
  sent: AvailabilityPeriodDto[] = periods,
): void {
  const sorted = [...periods].sort((a, b) => a.from.localeCompare(b.from));
  for (let i = 1; i < sorted.length; i++) {
    const previous = sorted[i - 1];
    const current = sorted[i];
    if (current.from <= previous.to) {
      throw invalidField(
        `periods.${sent.indexOf(current)}.from`,
        ProfileFieldCodes.overlaps,
        `periods must not overlap: ${previous.from}..${previous.to} and ${current.from}..${current.to}`,
      );
    }
  }
}
