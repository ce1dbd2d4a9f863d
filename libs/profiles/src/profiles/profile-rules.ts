import { BadRequestException } from '@nestjs/common';
import { ResolvedSkill, normalizeLabel } from '@gilde/taxonomy';
import { AvailabilityPeriodDto, CredentialDto } from '../dto/profile.dto';

/** Checks on a whole profile or calendar that field validation cannot express; each throws 400. */

/** A credential is identified by what the interim claims: type, number and validity date. */
export function credentialKey(c: { type: string; number: string; validUntil: string }): string {
  return JSON.stringify([c.type, c.number, c.validUntil]);
}

export function assertNoRepeatedSkillNames(names: string[]): void {
  const seen = new Map<string, string>();
  for (const name of names) {
    const key = normalizeLabel(name);
    const first = seen.get(key);
    if (first !== undefined) {
      throw new BadRequestException([`skills lists "${first}" twice; list each skill once`]);
    }
    seen.set(key, name);
  }
}

export function assertNoSkillResolvedTwice(resolved: ResolvedSkill[]): void {
  const seen = new Map<string, ResolvedSkill>();
  for (const r of resolved) {
    if (!r.skillId) continue;
    const first = seen.get(r.skillId);
    if (first) {
      throw new BadRequestException([
        `skills "${first.input}" and "${r.input}" are the same skill ("${r.label}"); list it once`,
      ]);
    }
    seen.set(r.skillId, r);
  }
}

export function assertNoRepeatedCredentials(credentials: CredentialDto[]): void {
  const keys = credentials.map(credentialKey);
  if (new Set(keys).size !== keys.length) {
    throw new BadRequestException(['credentials lists the same credential twice']);
  }
}

/** Expects periods sorted by start date. Touching days overlap: a day is in one period only. */
export function assertNoOverlaps(periods: AvailabilityPeriodDto[]): void {
  for (let i = 1; i < periods.length; i++) {
    const previous = periods[i - 1];
    const current = periods[i];
    if (current.from <= previous.to) {
      throw new BadRequestException([
        `periods must not overlap: ${previous.from}..${previous.to} and ${current.from}..${current.to}`,
      ]);
    }
  }
}
