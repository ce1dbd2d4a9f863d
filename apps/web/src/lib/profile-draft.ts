/** An interim manager's profile being edited: the form draft, its field paths and its request body. */
import type { Schemas } from '../api/client';
import type { AssignmentKind, Sector } from './catalogue';
import { addMonths } from './dates';

export type Profile = Schemas['OwnProfileView'];
export type Put = Schemas['PutProfileDto'];
export type CredentialType = Schemas['CredentialDto']['type'];

export interface SkillRow {
  name: string;
  level: number;
  years: string;
}
export interface CredentialRow {
  type: CredentialType;
  number: string;
  validUntil: string;
}
export interface PeriodRow {
  from: string;
  to: string;
  hoursPerWeek: string;
}

export interface Draft {
  headline: string;
  summary: string;
  skills: SkillRow[];
  sectors: Sector[];
  assignmentKinds: AssignmentKind[];
  languages: string[];
  city: string;
  country: string;
  maxTravelKm: string;
  remotePreference: Put['remotePreference'];
  dayRateMin: string;
  dayRateMax: string;
  hoursMin: string;
  hoursMax: string;
  availableFrom: string;
  credentials: CredentialRow[];
  notify: Put['preferences']['notify'];
  notifySectors: Sector[];
  visibility: Put['visibility'];
  kvkNumber: string;
  vatId: string;
}

export const FIELDS = [
  'headline',
  'summary',
  'skills',
  'sectors',
  'assignmentKinds',
  'languages',
  'location',
  'maxTravelKm',
  'remotePreference',
  'dayRate',
  'hoursPerWeek',
  'availableFrom',
  'credentials',
  'preferences',
  'visibility',
  'kvkNumber',
  'vatId',
] as const;

export function fromProfile(p: Profile | undefined): Draft {
  return {
    headline: p?.headline ?? '',
    summary: p?.summary ?? '',
    skills: p?.skills.map((s) => ({ name: s.name, level: s.level, years: String(s.years) })) ?? [],
    sectors: (p?.sectors ?? []) as Sector[],
    assignmentKinds: (p?.assignmentKinds ?? []) as AssignmentKind[],
    languages: p?.languages ?? ['nl', 'en'],
    city: p?.location.city ?? '',
    country: p?.location.country ?? 'NL',
    maxTravelKm: p?.maxTravelKm == null ? '' : String(p.maxTravelKm),
    remotePreference: p?.remotePreference ?? 'hybrid',
    dayRateMin: p ? String(p.dayRate.min) : '',
    dayRateMax: p ? String(p.dayRate.max) : '',
    hoursMin: p ? String(p.hoursPerWeek.min) : '24',
    hoursMax: p ? String(p.hoursPerWeek.max) : '40',
    availableFrom: p?.availableFrom ?? '',
    credentials:
      p?.credentials.map((c) => ({ type: c.type, number: c.number, validUntil: c.validUntil })) ??
      [],
    notify: p?.preferences.notify ?? 'instant',
    notifySectors: (p?.preferences.sectors ?? []) as Sector[],
    visibility: p?.visibility ?? 'clients',
    kvkNumber: p?.kvkNumber ?? '',
    vatId: p?.vatId ?? '',
  };
}

export function toBody(d: Draft): Put {
  const num = (v: string) => (v.trim() === '' ? Number.NaN : Number(v));
  const body: Put = {
    headline: d.headline.trim(),
    skills: d.skills.map((s) => ({ name: s.name, level: s.level, years: num(s.years) })),
    sectors: d.sectors,
    assignmentKinds: d.assignmentKinds,
    languages: d.languages,
    // Blank values go as sent: the API answers with the field error the form shows.
    location: { city: d.city.trim(), country: d.country.trim().toUpperCase() },
    remotePreference: d.remotePreference,
    dayRate: { min: num(d.dayRateMin), max: num(d.dayRateMax) },
    hoursPerWeek: { min: num(d.hoursMin), max: num(d.hoursMax) },
    credentials: d.credentials.map((c) => ({
      type: c.type,
      number: c.number.trim(),
      validUntil: c.validUntil,
    })),
    preferences: { notify: d.notify, sectors: d.notifySectors },
    visibility: d.visibility,
  };
  if (d.summary.trim()) body.summary = d.summary.trim();
  if (d.maxTravelKm.trim()) body.maxTravelKm = num(d.maxTravelKm);
  if (d.availableFrom) body.availableFrom = d.availableFrom;
  if (d.kvkNumber.trim()) body.kvkNumber = d.kvkNumber.trim();
  if (d.vatId.trim()) body.vatId = d.vatId.trim();
  return body;
}

/** A new credential row: an RQIM registration valid for two years from `today`. */
export function newCredential(today: string): CredentialRow {
  return { type: 'RQIM', number: '', validUntil: addMonths(today, 24) };
}

/** A new availability period: 32 hours a week for the six months from `today`. */
export function newPeriod(today: string): PeriodRow {
  return { from: today, to: addMonths(today, 6), hoursPerWeek: '32' };
}

export function periodRowsOf(periods: Schemas['PeriodView'][]): PeriodRow[] {
  return periods.map((p) => ({ from: p.from, to: p.to, hoursPerWeek: String(p.hoursPerWeek) }));
}

export function periodsBody(rows: PeriodRow[]): Schemas['PutAvailabilityDto'] {
  return {
    periods: rows.map((r) => ({ from: r.from, to: r.to, hoursPerWeek: Number(r.hoursPerWeek) })),
  };
}

/** The periods the strip can draw while editing: complete ones, unknown hours as none. */
export function availabilityPreview(rows: PeriodRow[]) {
  return rows
    .filter((r) => r.from && r.to)
    .map((r) => ({ from: r.from, to: r.to, hoursPerWeek: Number(r.hoursPerWeek) || 0 }));
}

/** How the API recognised a typed skill: free text, a taxonomy label, or as typed. */
export function skillRecognition(
  name: string,
  resolution: Pick<Schemas['ProfileSkillResolutionView'], 'matchedBy' | 'label'>,
): { kind: 'freeText' } | { kind: 'recognisedAs'; label: string } | { kind: 'recognised' } {
  if (resolution.matchedBy === 'free_text') return { kind: 'freeText' };
  if (resolution.label !== name) return { kind: 'recognisedAs', label: resolution.label };
  return { kind: 'recognised' };
}
