/** A contract being drafted or edited: the form draft, its field paths and its request body. */
import type { Schemas } from '../api/client';
import { rateCardOf } from './contracts';
import type { Contract } from './contracts';

export type Dba = Schemas['DbaCheckDto'];
export type ContractForm = Schemas['CreateContractDto']['form'];
export type Seniority = NonNullable<Schemas['CreateContractDto']['seniority']>;

export interface ContractDraft {
  dayRate: string;
  startDate: string;
  endDate: string;
  hoursPerWeek: string;
  form: ContractForm;
  seniority: Seniority | '';
  noticePeriodDays: string;
  placeOfWork: string;
  terms: string;
  rateJustification: string;
  dba: Dba;
}

export const CONTRACT_FIELDS = [
  'dayRate',
  'startDate',
  'endDate',
  'hoursPerWeek',
  'form',
  'seniority',
  'noticePeriodDays',
  'placeOfWork',
  'terms',
  'rateJustification',
  'dbaCheck',
] as const;

export const DEFAULT_DBA: Dba = {
  workDirection: 'interim',
  embedding: 'none',
  multipleClients: true,
  professionalLiabilityInsurance: true,
  bearsFinancialRisk: true,
  actsAsEntrepreneur: true,
};

function num(v: string): number {
  return v.trim() === '' ? Number.NaN : Number(v);
}

/** The body shared by drafting (POST) and editing (PATCH). */
export function contractBody(d: ContractDraft, aboveCard: boolean) {
  return {
    dayRate: num(d.dayRate),
    startDate: d.startDate,
    endDate: d.endDate,
    hoursPerWeek: num(d.hoursPerWeek),
    form: d.form,
    seniority: d.seniority || null,
    noticePeriodDays: d.noticePeriodDays.trim() ? num(d.noticePeriodDays) : null,
    placeOfWork: d.placeOfWork.trim() || null,
    terms: d.terms.trim() || null,
    ...(aboveCard && d.rateJustification.trim()
      ? { rateJustification: d.rateJustification.trim() }
      : {}),
    dbaCheck: {
      ...d.dba,
      ...(d.dba.notes?.trim() ? { notes: d.dba.notes.trim() } : { notes: undefined }),
    },
  };
}

/** The edit form's draft for a stored contract; unanswered DBA questions take their defaults. */
export function draftFromContract(c: Contract): ContractDraft {
  return {
    dayRate: String(c.dayRate),
    startDate: c.startDate,
    endDate: c.endDate,
    hoursPerWeek: String(c.hoursPerWeek),
    form: c.form,
    seniority: (c.seniority as ContractDraft['seniority']) ?? '',
    noticePeriodDays: c.noticePeriodDays == null ? '' : String(c.noticePeriodDays),
    placeOfWork: c.placeOfWork ?? '',
    terms: c.terms ?? '',
    rateJustification: rateCardOf(c)?.justification ?? '',
    dba: c.dba
      ? { ...DEFAULT_DBA, ...(c.dba.answers as unknown as Partial<Dba>) }
      : { ...DEFAULT_DBA },
  };
}
