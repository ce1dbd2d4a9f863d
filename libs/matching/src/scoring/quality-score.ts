import { normalizeLabel } from '@gilde/taxonomy';
import { distanceKm, samePlace } from './dutch-places';
import type { Reason } from './explanation';
import type {
  AssignmentSkillInput,
  CandidateSkillInput,
  IsoDate,
  Localized,
  MatchAssignment,
  MatchCandidate,
} from './match-input';
import { MatchWeights, SCORE_COMPONENTS, ScoreComponent } from './match-weights';

/** Credit for a related ESCO skill (shares essential-skill occupations) instead of the skill itself. */
export const RELATED_SKILL_CREDIT = 0.5;
/** The Bayesian prior: every interim starts as if they had this many reviews of this rating. */
export const RATING_PRIOR_MEAN = 4.0;
export const RATING_PRIOR_WEIGHT = 5;
/** Credit of a verified credential valid at the start date, by type. */
export const CREDENTIAL_CREDIT: Readonly<Record<string, number>> = {
  RQIM: 1,
  CEIM: 0.8,
  other: 0.4,
};
/** An on-site assignment without an end date is assumed to run this long. */
export const DEFAULT_DURATION_DAYS = 182;
export const HOURS_PER_DAY = 8;

/** The interim's own preferences that rule the assignment out: shown as a flag, never notified. */
export type ReciprocityFlag = 'sector' | 'hours' | 'travel' | 'remote' | 'rate';
/** Why an interim is not ranked: a must-have skill is missing, or the minimum rate is over budget. */
export type Exclusion = 'must_have_missing' | 'rate_above_budget';

export type Breakdown = Record<ScoreComponent, number>;

export interface MatchScore {
  interimId: string;
  /** Empty when the interim may be ranked. */
  exclusions: Exclusion[];
  /** 0-100, one decimal. */
  score: number;
  /** The unrounded score, so that rounding never decides an order. */
  exactScore: number;
  /** Each component 0-100. */
  breakdown: Breakdown;
  rateWithinBudget: boolean;
  /** True when none of the interim's own preferences rules the assignment out. */
  reciprocal: boolean;
  flags: ReciprocityFlag[];
  reasons: Reason[];
}

export interface ScoringContext {
  weights: MatchWeights;
  /** For each required skill id, the skills related to it through ESCO occupations. */
  related: ReadonlyMap<string, readonly string[]>;
  /** Display labels of related skills, for "related experience" lines. */
  labels?: ReadonlyMap<string, Localized>;
}

interface ComponentResult {
  value: number;
  reasons: Reason[];
}

const clamp01 = (x: number): number => (x < 0 ? 0 : x > 1 ? 1 : x);

/** How much one held skill is worth: level counts most, years add up to 15. Range 0.55..1. */
export function proficiency(skill: Pick<CandidateSkillInput, 'level' | 'years'>): number {
  const level = Math.min(5, Math.max(1, skill.level));
  const years = Math.min(15, Math.max(0, skill.years));
  return 0.55 + (0.3 * (level - 1)) / 4 + (0.15 * years) / 15;
}

/**
 * normalizeLabel is Unicode work, and one ranking meets the same few thousand skill names
 * thousands of times: remember the answers (bounded; cleared when full).
 */
const NORMALIZED_NAMES_KEPT = 50_000;
const normalizedNames = new Map<string, string>();
function normalizedName(name: string): string {
  let normalized = normalizedNames.get(name);
  if (normalized === undefined) {
    if (normalizedNames.size >= NORMALIZED_NAMES_KEPT) normalizedNames.clear();
    normalized = normalizeLabel(name);
    normalizedNames.set(name, normalized);
  }
  return normalized;
}

interface SkillIndex {
  byId: Map<string, CandidateSkillInput>;
  byName: Map<string, CandidateSkillInput>;
}

function indexSkills(skills: CandidateSkillInput[]): SkillIndex {
  const byId = new Map<string, CandidateSkillInput>();
  const byName = new Map<string, CandidateSkillInput>();
  const better = (a: CandidateSkillInput | undefined, b: CandidateSkillInput) =>
    !a || proficiency(b) > proficiency(a);
  for (const skill of skills) {
    if (skill.skillId && better(byId.get(skill.skillId), skill)) byId.set(skill.skillId, skill);
    const name = normalizedName(skill.name);
    if (name && better(byName.get(name), skill)) byName.set(name, skill);
  }
  return { byId, byName };
}

/** The interim's own entry for a required skill: same canonical skill, or the same free-text name. */
function directMatch(
  required: AssignmentSkillInput,
  index: SkillIndex,
): CandidateSkillInput | null {
  if (required.skillId) {
    const byId = index.byId.get(required.skillId);
    if (byId) return byId;
  }
  return index.byName.get(normalizedName(required.name)) ?? null;
}

export interface SkillFit extends ComponentResult {
  missingMustHaves: AssignmentSkillInput[];
}

/** Weighted coverage of the required skills; synonyms meet through canonical ids. */
export function skillFit(
  assignment: MatchAssignment,
  candidate: MatchCandidate,
  context: Pick<ScoringContext, 'related' | 'labels'>,
): SkillFit {
  const index = indexSkills(candidate.skills);
  const required = assignment.skills;
  if (required.length === 0) return { value: 1, reasons: [], missingMustHaves: [] };
  let weighted = 0;
  let totalWeight = 0;
  let covered = 0;
  const missingMustHaves: AssignmentSkillInput[] = [];
  const missing: AssignmentSkillInput[] = [];
  const relatedReasons: Reason[] = [];
  for (const skill of required) {
    const weight = Math.min(5, Math.max(1, skill.weight));
    totalWeight += weight;
    const direct = directMatch(skill, index);
    if (direct) {
      covered++;
      weighted += weight * proficiency(direct);
      continue;
    }
    if (skill.mustHave) {
      missingMustHaves.push(skill);
      continue;
    }
    let best: { credit: number; skillId: string } | null = null;
    for (const relatedId of (skill.skillId && context.related.get(skill.skillId)) || []) {
      const held = index.byId.get(relatedId);
      if (!held) continue;
      const credit = RELATED_SKILL_CREDIT * proficiency(held);
      if (!best || credit > best.credit) best = { credit, skillId: relatedId };
    }
    if (best) {
      weighted += weight * best.credit;
      const via = context.labels?.get(best.skillId);
      if (via && relatedReasons.length < 2) {
        relatedReasons.push({ code: 'related_skill', skill: skill.label, via });
      }
    } else {
      missing.push(skill);
    }
  }
  const reasons: Reason[] = [];
  const mustHaves = required.filter((s) => s.mustHave).length;
  if (mustHaves > 0) {
    reasons.push({
      code: 'must_have_coverage',
      covered: mustHaves - missingMustHaves.length,
      total: mustHaves,
    });
  }
  reasons.push({ code: 'skill_coverage', covered, total: required.length });
  reasons.push(...relatedReasons);
  if (missing.length > 0) {
    const top = [...missing].sort((a, b) => b.weight - a.weight).slice(0, 3);
    reasons.push({ code: 'missing_skills', skills: top.map((s) => s.label) });
  }
  return { value: clamp01(weighted / totalWeight), reasons, missingMustHaves };
}

/** Bayesian average rating: a single 5-star review does not beat twenty reviews of 4.8. */
export function bayesianRating(reviewCount: number, ratingSum: number): number {
  return (
    (RATING_PRIOR_WEIGHT * RATING_PRIOR_MEAN + ratingSum) / (RATING_PRIOR_WEIGHT + reviewCount)
  );
}

export function trackRecordFit(
  assignment: MatchAssignment,
  candidate: MatchCandidate,
): ComponentResult {
  const record = candidate.trackRecord;
  const rating = (bayesianRating(record.reviewCount, record.ratingSum) - 1) / 4;
  const sameKind = record.completedByKind[assignment.assignmentKind] ?? 0;
  const sameSector = record.completedBySector[assignment.sector] ?? 0;
  const experience = 1 - Math.exp(-(sameKind + 0.5 * sameSector + 0.2 * record.completedCount) / 2);
  const reasons: Reason[] = [];
  if (record.reviewCount > 0) {
    const average = Math.round((record.ratingSum / record.reviewCount) * 10) / 10;
    reasons.push({ code: 'rating', average, reviews: record.reviewCount });
  } else {
    reasons.push({ code: 'no_reviews' });
  }
  if (sameKind > 0)
    reasons.push({ code: 'completed_kind', count: sameKind, kind: assignment.assignmentKind });
  if (sameSector > 0) {
    reasons.push({ code: 'completed_sector', count: sameSector, sector: assignment.sector });
  }
  return { value: clamp01(0.75 * rating + 0.25 * experience), reasons };
}

/** Only verified credentials valid at the start date count. */
export function credentialFit(
  assignment: MatchAssignment,
  candidate: MatchCandidate,
): ComponentResult {
  const start = assignment.startDate;
  let value = 0;
  const valid: Reason[] = [];
  const problems: Reason[] = [];
  const ordered = [...candidate.credentials].sort(
    (a, b) => (CREDENTIAL_CREDIT[b.type] ?? 0) - (CREDENTIAL_CREDIT[a.type] ?? 0),
  );
  const seen = new Set<string>();
  for (const credential of ordered) {
    const credit = CREDENTIAL_CREDIT[credential.type] ?? 0;
    const validAtStart = credential.validUntil === null || credential.validUntil >= start;
    if (credential.status === 'verified' && validAtStart) {
      value = Math.max(value, credit);
      if (!seen.has(credential.type)) {
        seen.add(credential.type);
        valid.push({
          code: 'credential_valid',
          type: credential.type,
          until: credential.validUntil,
        });
      }
    } else if (credential.status === 'verified' && credential.validUntil) {
      problems.push({
        code: 'credential_expires_before_start',
        type: credential.type,
        until: credential.validUntil,
      });
    } else if (credential.status === 'unverified' && credential.type !== 'other') {
      problems.push({ code: 'credential_unverified', type: credential.type });
    }
  }
  const reasons = [...valid, ...problems.filter((p) => !('type' in p) || !seen.has(p.type))];
  if (valid.length === 0 && reasons.length === 0) reasons.push({ code: 'no_credentials' });
  return { value, reasons };
}

const DAY_MS = 86_400_000;

function dayNumber(date: IsoDate): number {
  return Math.floor(Date.parse(`${date.slice(0, 10)}T00:00:00Z`) / DAY_MS);
}

function isoOf(day: number): IsoDate {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Rounds to half days, the granularity people speak in. */
function halfDays(hours: number): number {
  return Math.round((hours / HOURS_PER_DAY) * 2) / 2;
}

export function assignmentEnd(assignment: MatchAssignment): IsoDate {
  return assignment.endDate ?? isoOf(dayNumber(assignment.startDate) + DEFAULT_DURATION_DAYS);
}

/**
 * Overlap of the calendar with the assignment's period and hours: the average, over the days of the
 * period, of the share of the requested hours the interim has free. Without a calendar, the profile's
 * "available from" and maximum hours stand for an open-ended period.
 */
export function availabilityFit(
  assignment: MatchAssignment,
  candidate: MatchCandidate,
): ComponentResult {
  const start = dayNumber(assignment.startDate);
  const end = Math.max(start, dayNumber(assignmentEnd(assignment)));
  const requested = Math.max(1, assignment.hoursPerWeek);
  const periods =
    candidate.availability.length > 0
      ? candidate.availability.map((p) => ({
          from: dayNumber(p.from),
          to: dayNumber(p.to),
          hours: p.hoursPerWeek,
        }))
      : [
          {
            from: candidate.availableFrom ? dayNumber(candidate.availableFrom) : -Infinity,
            to: Infinity,
            hours: candidate.hoursMax,
          },
        ];
  // Walk the period in segments between calendar boundaries rather than day by day.
  const relevant = periods.filter((p) => p.to >= start && p.from <= end);
  const cuts = new Set<number>([start, end + 1]);
  for (const p of relevant) {
    if (p.from > start) cuts.add(p.from);
    if (p.to + 1 <= end) cuts.add(p.to + 1);
  }
  const bounds = [...cuts].sort((a, b) => a - b);
  const days = end - start + 1;
  let coverage = 0;
  let availableDays = 0;
  let hoursOnAvailableDays = 0;
  let firstAvailable: number | null = null;
  for (let i = 0; i < bounds.length - 1; i++) {
    const from = bounds[i];
    const length = bounds[i + 1] - from;
    let capacity = 0;
    for (const p of relevant)
      if (p.from <= from && from <= p.to && p.hours > capacity) capacity = p.hours;
    if (capacity <= 0) continue;
    const usable = Math.min(capacity, requested);
    coverage += (length * usable) / requested;
    availableDays += length;
    hoursOnAvailableDays += length * usable;
    if (firstAvailable === null) firstAvailable = from;
  }
  const value = coverage / days;
  const reasons: Reason[] = [];
  if (availableDays === 0) {
    reasons.push({ code: 'not_available' });
  } else if (value >= 0.995) {
    reasons.push({ code: 'available_full', days: halfDays(requested) });
  } else {
    const averageHours = hoursOnAvailableDays / availableDays;
    if (averageHours < requested - 0.01) {
      reasons.push({
        code: 'available_days',
        available: halfDays(averageHours),
        requested: halfDays(requested),
      });
    }
    if (availableDays < days) {
      if (firstAvailable !== null && firstAvailable > start) {
        reasons.push({ code: 'available_from_after_start', from: isoOf(firstAvailable) });
      } else {
        reasons.push({
          code: 'available_share_of_period',
          percent: Math.round((100 * availableDays) / days),
        });
      }
    }
  }
  return { value: clamp01(value), reasons };
}

export interface ContextFit extends ComponentResult {
  distanceKm: number | null;
}

/** Sector, kind of assignment, languages and location (weighted by the on-site share). */
export function contextFit(assignment: MatchAssignment, candidate: MatchCandidate): ContextFit {
  const record = candidate.trackRecord;
  const reasons: Reason[] = [];
  const sector =
    candidate.sectors.includes(assignment.sector) ||
    (record.completedBySector[assignment.sector] ?? 0) > 0;
  reasons.push({
    code: sector ? 'sector_experience' : 'no_sector_experience',
    sector: assignment.sector,
  });
  const kind =
    candidate.assignmentKinds.includes(assignment.assignmentKind) ||
    (record.completedByKind[assignment.assignmentKind] ?? 0) > 0;
  reasons.push({
    code: kind ? 'kind_experience' : 'no_kind_experience',
    kind: assignment.assignmentKind,
  });
  const required = [...new Set(assignment.languages)];
  const missingLanguages = required.filter((l) => !candidate.languages.includes(l));
  const languages = required.length
    ? (required.length - missingLanguages.length) / required.length
    : 1;
  if (missingLanguages.length > 0) {
    reasons.push({ code: 'missing_languages', languages: missingLanguages });
  } else if (required.length > 0) {
    reasons.push({ code: 'speaks', languages: required });
  }
  const onSite = 1 - Math.min(100, Math.max(0, assignment.remoteShare)) / 100;
  const distance = distanceKm(candidate.city, assignment.city);
  let place = 1;
  if (onSite > 0) {
    if (distance !== null) {
      const reach = candidate.maxTravelKm ?? 100;
      place = distance <= 30 ? 1 : distance <= reach ? 0.8 : 0.2;
      if (distance > reach && candidate.maxTravelKm !== null) {
        reasons.push({ code: 'beyond_travel', km: distance, maxKm: candidate.maxTravelKm });
      } else {
        reasons.push({ code: 'within_travel', km: distance });
      }
    } else {
      place = samePlace(candidate.city, assignment.city)
        ? 1
        : candidate.country && candidate.country === assignment.country
          ? 0.6
          : 0.2;
    }
  }
  const location = 1 - (1 - place) * onSite;
  const value = 0.35 * Number(sector) + 0.25 * Number(kind) + 0.25 * languages + 0.15 * location;
  return { value: clamp01(value), reasons, distanceKm: distance };
}

/** The interim's own preferences that exclude the assignment. */
export function reciprocity(
  assignment: MatchAssignment,
  candidate: MatchCandidate,
  distance: number | null,
): { flags: ReciprocityFlag[]; reasons: Reason[] } {
  const flags: ReciprocityFlag[] = [];
  const reasons: Reason[] = [];
  if (candidate.notifySectors.length > 0 && !candidate.notifySectors.includes(assignment.sector)) {
    flags.push('sector');
    reasons.push({ code: 'prefers_other_sectors' });
  }
  const hours = assignment.hoursPerWeek;
  if (hours < candidate.hoursMin || hours > candidate.hoursMax) {
    flags.push('hours');
    reasons.push({
      code: 'hours_outside_preference',
      hours,
      min: candidate.hoursMin,
      max: candidate.hoursMax,
    });
  }
  if (
    assignment.remoteShare < 100 &&
    distance !== null &&
    candidate.maxTravelKm !== null &&
    distance > candidate.maxTravelKm
  ) {
    flags.push('travel'); // the line itself comes from contextFit ("based 180 km away ...")
  }
  if (candidate.remotePreference === 'remote' && assignment.remoteShare < 50) {
    flags.push('remote');
    reasons.push({ code: 'prefers_remote' });
  }
  if (candidate.dayRateMin > assignment.maxDayRate) flags.push('rate');
  return { flags, reasons };
}

/**
 * The quality score of one interim for one assignment, 0-100, with its breakdown and the reasons
 * behind it. Price never enters the score: it only decides `exclusions` and `rateWithinBudget`.
 */
export function scoreMatch(
  assignment: MatchAssignment,
  candidate: MatchCandidate,
  context: ScoringContext,
): MatchScore {
  const skills = skillFit(assignment, candidate, context);
  const track = trackRecordFit(assignment, candidate);
  const credentials = credentialFit(assignment, candidate);
  const availability = availabilityFit(assignment, candidate);
  const fit = contextFit(assignment, candidate);
  const { flags, reasons: preferenceReasons } = reciprocity(assignment, candidate, fit.distanceKm);

  const components: Breakdown = {
    skills: skills.value,
    trackRecord: track.value,
    credentials: credentials.value,
    availability: availability.value,
    fit: fit.value,
  };
  let total = 0;
  let weightSum = 0;
  for (const c of SCORE_COMPONENTS) {
    total += context.weights[c] * components[c];
    weightSum += context.weights[c];
  }
  const exactScore = weightSum > 0 ? (100 * total) / weightSum : 0;
  const score = Math.round(10 * exactScore) / 10;
  const breakdown = Object.fromEntries(
    SCORE_COMPONENTS.map((c) => [c, Math.round(100 * components[c])]),
  ) as Breakdown;

  const exclusions: Exclusion[] = [];
  const reasons: Reason[] = [];
  if (skills.missingMustHaves.length > 0) {
    exclusions.push('must_have_missing');
    reasons.push({
      code: 'excluded_must_have',
      skills: skills.missingMustHaves.map((s) => s.label),
    });
  }
  const overBudget = candidate.dayRateMin > assignment.maxDayRate;
  if (overBudget) {
    exclusions.push('rate_above_budget');
    reasons.push({ code: 'excluded_rate' });
  }
  const rateWithinBudget = candidate.dayRateMax <= assignment.maxDayRate;
  reasons.push(
    ...skills.reasons,
    ...track.reasons,
    ...credentials.reasons,
    ...availability.reasons,
    ...fit.reasons,
    ...preferenceReasons,
  );
  if (!overBudget)
    reasons.push({ code: rateWithinBudget ? 'rate_within_budget' : 'rate_partly_above_budget' });

  return {
    interimId: candidate.interimId,
    exclusions,
    score,
    exactScore,
    breakdown,
    rateWithinBudget,
    reciprocal: flags.length === 0,
    flags,
    reasons,
  };
}

/** Best first; ties go to the stronger skill fit, then a stable id order. */
export function compareMatches(a: MatchScore, b: MatchScore): number {
  return (
    b.exactScore - a.exactScore ||
    b.breakdown.skills - a.breakdown.skills ||
    (a.interimId < b.interimId ? -1 : a.interimId > b.interimId ? 1 : 0)
  );
}
