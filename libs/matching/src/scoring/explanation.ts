import { ASSIGNMENT_KIND_LABELS, SECTOR_LABELS, isAssignmentKind, isSector } from '@gilde/taxonomy';
import type { Localized } from './match-input';

export type Locale = 'en' | 'nl';

/**
 * One line of a match explanation, kept structured so it can be rendered in English and Dutch.
 * `tone` orders the lines: strengths first, then what is missing.
 */
export type Reason =
  | { code: 'must_have_coverage'; covered: number; total: number }
  | { code: 'skill_coverage'; covered: number; total: number }
  | { code: 'related_skill'; skill: Localized; via: Localized }
  | { code: 'missing_skills'; skills: Localized[] }
  | { code: 'rating'; average: number; reviews: number }
  | { code: 'no_reviews' }
  | { code: 'completed_kind'; count: number; kind: string }
  | { code: 'completed_sector'; count: number; sector: string }
  | { code: 'credential_valid'; type: string; until: string | null }
  | { code: 'credential_expires_before_start'; type: string; until: string }
  | { code: 'credential_unverified'; type: string }
  | { code: 'no_credentials' }
  | { code: 'available_full'; days: number }
  | { code: 'available_days'; available: number; requested: number }
  | { code: 'available_share_of_period'; percent: number }
  | { code: 'available_from_after_start'; from: string }
  | { code: 'not_available' }
  | { code: 'sector_experience'; sector: string }
  | { code: 'no_sector_experience'; sector: string }
  | { code: 'kind_experience'; kind: string }
  | { code: 'no_kind_experience'; kind: string }
  | { code: 'speaks'; languages: string[] }
  | { code: 'missing_languages'; languages: string[] }
  | { code: 'within_travel'; km: number }
  | { code: 'beyond_travel'; km: number; maxKm: number }
  | { code: 'rate_within_budget' }
  | { code: 'rate_partly_above_budget' }
  | { code: 'excluded_must_have'; skills: Localized[] }
  | { code: 'excluded_rate' }
  | { code: 'prefers_other_sectors' }
  | { code: 'hours_outside_preference'; hours: number; min: number; max: number }
  | { code: 'prefers_remote' };

export type ReasonCode = Reason['code'];

/** Lines that say what is missing or what stands in the way. */
const NEGATIVE: ReadonlySet<ReasonCode> = new Set<ReasonCode>([
  'missing_skills',
  'no_reviews',
  'credential_expires_before_start',
  'credential_unverified',
  'no_credentials',
  'available_days',
  'available_share_of_period',
  'available_from_after_start',
  'not_available',
  'no_sector_experience',
  'no_kind_experience',
  'missing_languages',
  'beyond_travel',
  'rate_partly_above_budget',
  'excluded_must_have',
  'excluded_rate',
  'prefers_other_sectors',
  'hours_outside_preference',
  'prefers_remote',
]);

export function isNegative(reason: Reason): boolean {
  return NEGATIVE.has(reason.code);
}

const LANGUAGE_NAMES: Readonly<Record<string, Localized>> = {
  nl: { en: 'Dutch', nl: 'Nederlands' },
  en: { en: 'English', nl: 'Engels' },
  de: { en: 'German', nl: 'Duits' },
  fr: { en: 'French', nl: 'Frans' },
  es: { en: 'Spanish', nl: 'Spaans' },
  it: { en: 'Italian', nl: 'Italiaans' },
  pt: { en: 'Portuguese', nl: 'Portugees' },
  pl: { en: 'Polish', nl: 'Pools' },
  tr: { en: 'Turkish', nl: 'Turks' },
  ar: { en: 'Arabic', nl: 'Arabisch' },
  zh: { en: 'Chinese', nl: 'Chinees' },
  fy: { en: 'Frisian', nl: 'Fries' },
};

const CREDENTIAL_NAMES: Readonly<Record<string, Localized>> = {
  RQIM: { en: 'IM-register', nl: 'IM-register' },
  CEIM: { en: 'CEIM', nl: 'CEIM' },
  other: { en: 'credential', nl: 'certificaat' },
};

function languageName(code: string, locale: Locale): string {
  return LANGUAGE_NAMES[code]?.[locale] ?? code;
}

function sectorName(code: string, locale: Locale): string {
  const label = isSector(code) ? SECTOR_LABELS[code][locale] : code;
  return label.charAt(0).toLowerCase() + label.slice(1);
}

function kindName(code: string, locale: Locale): string {
  return isAssignmentKind(code) ? ASSIGNMENT_KIND_LABELS[code][locale] : code;
}

function list(items: string[], locale: Locale): string {
  if (items.length <= 1) return items.join('');
  const and = locale === 'nl' ? 'en' : 'and';
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

function num(value: number, locale: Locale): string {
  const text = Number.isInteger(value) ? String(value) : value.toFixed(1);
  return locale === 'nl' ? text.replace('.', ',') : text;
}

/** '2027-06-30' → '2027-06': explanations name the month, as certificates do. */
function month(date: string): string {
  return date.slice(0, 7);
}

function plural(n: number, one: string, many: string): string {
  return n === 1 ? one : many;
}

/** Renders one reason as a plain-language line. */
export function renderReason(reason: Reason, locale: Locale): string {
  const nl = locale === 'nl';
  switch (reason.code) {
    case 'must_have_coverage':
      return nl
        ? `heeft ${reason.covered} van de ${reason.total} must-have-vaardigheden`
        : `covers ${reason.covered} of ${reason.total} must-have skills`;
    case 'skill_coverage':
      return nl
        ? `heeft ${reason.covered} van de ${reason.total} gevraagde vaardigheden`
        : `covers ${reason.covered} of ${reason.total} requested skills`;
    case 'related_skill':
      return nl
        ? `verwante ervaring voor ${reason.skill.nl} (${reason.via.nl})`
        : `related experience for ${reason.skill.en} (${reason.via.en})`;
    case 'missing_skills': {
      const names = list(
        reason.skills.map((s) => s[locale]),
        locale,
      );
      return nl ? `geen ervaring met ${names}` : `no experience in ${names}`;
    }
    case 'rating':
      return nl
        ? `gemiddeld ${num(reason.average, locale)} uit ${reason.reviews} ${plural(reason.reviews, 'beoordeling', 'beoordelingen')}`
        : `rated ${num(reason.average, locale)} from ${reason.reviews} ${plural(reason.reviews, 'review', 'reviews')}`;
    case 'no_reviews':
      return nl ? 'nog geen beoordelingen' : 'no reviews yet';
    case 'completed_kind':
      return nl
        ? `${reason.count} ${plural(reason.count, 'afgeronde opdracht', 'afgeronde opdrachten')} van het type ${kindName(reason.kind, locale)}`
        : `${reason.count} completed ${plural(reason.count, 'assignment', 'assignments')} of the kind ${kindName(reason.kind, locale)}`;
    case 'completed_sector':
      return nl
        ? `${reason.count} ${plural(reason.count, 'afgeronde opdracht', 'afgeronde opdrachten')} in de sector ${sectorName(reason.sector, locale)}`
        : `${reason.count} completed ${plural(reason.count, 'assignment', 'assignments')} in ${sectorName(reason.sector, locale)}`;
    case 'credential_valid': {
      const name = CREDENTIAL_NAMES[reason.type]?.[locale] ?? reason.type;
      if (reason.type === 'other') {
        return nl
          ? `geverifieerd certificaat${reason.until ? ` geldig tot ${month(reason.until)}` : ''}`
          : `verified credential${reason.until ? ` valid until ${month(reason.until)}` : ''}`;
      }
      return nl
        ? `${name}-gecertificeerd${reason.until ? ` tot ${month(reason.until)}` : ''}`
        : `${name} certified${reason.until ? ` until ${month(reason.until)}` : ''}`;
    }
    case 'credential_expires_before_start': {
      const name = CREDENTIAL_NAMES[reason.type]?.[locale] ?? reason.type;
      return nl
        ? `${name}-certificering verloopt vóór de startdatum (${month(reason.until)})`
        : `${name} certification expires before the start date (${month(reason.until)})`;
    }
    case 'credential_unverified': {
      const name = CREDENTIAL_NAMES[reason.type]?.[locale] ?? reason.type;
      return nl
        ? `${name}-certificering nog niet geverifieerd`
        : `${name} certification not yet verified`;
    }
    case 'no_credentials':
      return nl ? 'geen geverifieerde certificaten' : 'no verified credentials';
    case 'available_full':
      return nl
        ? `beschikbaar voor de gevraagde ${num(reason.days, locale)} ${plural(reason.days, 'dag', 'dagen')} per week, de hele periode`
        : `available the requested ${num(reason.days, locale)} ${plural(reason.days, 'day', 'days')} a week for the whole period`;
    case 'available_days':
      return nl
        ? `beschikbaar ${num(reason.available, locale)} van de ${num(reason.requested, locale)} gevraagde dagen per week`
        : `available ${num(reason.available, locale)} of the ${num(reason.requested, locale)} requested days a week`;
    case 'available_share_of_period':
      return nl
        ? `beschikbaar gedurende ${reason.percent}% van de opdrachtperiode`
        : `available for ${reason.percent}% of the assignment period`;
    case 'available_from_after_start':
      return nl
        ? `beschikbaar vanaf ${reason.from}, na de startdatum`
        : `available from ${reason.from}, after the start date`;
    case 'not_available':
      return nl
        ? 'niet beschikbaar in de opdrachtperiode'
        : 'not available during the assignment period';
    case 'sector_experience':
      return nl
        ? `ervaring in de sector ${sectorName(reason.sector, locale)}`
        : `experience in ${sectorName(reason.sector, locale)}`;
    case 'no_sector_experience':
      return nl
        ? `geen ervaring in de sector ${sectorName(reason.sector, locale)}`
        : `no experience in ${sectorName(reason.sector, locale)}`;
    case 'kind_experience':
      return nl
        ? `ervaring met opdrachten van het type ${kindName(reason.kind, locale)}`
        : `experience with ${kindName(reason.kind, locale)} assignments`;
    case 'no_kind_experience':
      return nl
        ? `geen ervaring met opdrachten van het type ${kindName(reason.kind, locale)}`
        : `no experience with ${kindName(reason.kind, locale)} assignments`;
    case 'speaks':
      return nl
        ? `spreekt ${list(
            reason.languages.map((l) => languageName(l, locale)),
            locale,
          )}`
        : `speaks ${list(
            reason.languages.map((l) => languageName(l, locale)),
            locale,
          )}`;
    case 'missing_languages': {
      const names = list(
        reason.languages.map((l) => languageName(l, locale)),
        locale,
      );
      return nl ? `spreekt geen ${names}` : `does not speak ${names}`;
    }
    case 'within_travel':
      return nl ? `woont op ${reason.km} km afstand` : `based ${reason.km} km away`;
    case 'beyond_travel':
      return nl
        ? `woont op ${reason.km} km afstand (reist tot ${reason.maxKm} km)`
        : `based ${reason.km} km away (travels up to ${reason.maxKm} km)`;
    case 'rate_within_budget':
      return nl ? 'tarief binnen budget' : 'rate within budget';
    case 'rate_partly_above_budget':
      return nl ? 'tarief deels boven budget' : 'rate partly above budget';
    case 'excluded_must_have': {
      const names = list(
        reason.skills.map((s) => s[locale]),
        locale,
      );
      return nl ? `mist must-have-vaardigheden: ${names}` : `misses must-have skills: ${names}`;
    }
    case 'excluded_rate':
      return nl
        ? 'minimumdagtarief ligt boven het budget: niet gerangschikt'
        : 'minimum day rate above the budget: not ranked';
    case 'prefers_other_sectors':
      return nl ? 'zoekt opdrachten in andere sectoren' : 'prefers assignments in other sectors';
    case 'hours_outside_preference':
      return nl
        ? `wil ${reason.min}–${reason.max} uur per week; de opdracht vraagt ${reason.hours}`
        : `wants ${reason.min}–${reason.max} hours a week; the assignment asks ${reason.hours}`;
    case 'prefers_remote':
      return nl
        ? 'werkt liefst op afstand; deze opdracht is vooral op locatie'
        : 'prefers remote work; this assignment is mostly on site';
  }
}

/** Strengths first, then what is missing; the order within each group is kept. */
export function renderExplanation(reasons: Reason[], locale: Locale): string[] {
  const positive = reasons.filter((r) => !isNegative(r));
  const negative = reasons.filter(isNegative);
  return [...positive, ...negative].map((r) => renderReason(r, locale));
}

export interface StoredExplanation {
  en: string[];
  nl: string[];
}

export function explain(reasons: Reason[]): StoredExplanation {
  return { en: renderExplanation(reasons, 'en'), nl: renderExplanation(reasons, 'nl') };
}
