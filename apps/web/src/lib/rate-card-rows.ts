/** The rate card being edited: one row per line, as text until sent. */
import type { Schemas } from '../api/client';
import type { AssignmentKind } from './catalogue';

export type Seniority = NonNullable<Schemas['RateCardEntryDto']['seniority']>;

export interface RateCardRow {
  assignmentKind: AssignmentKind | '';
  seniority: Seniority | '';
  maxDayRate: string;
}

export const EMPTY_RATE_CARD_ROW: RateCardRow = {
  assignmentKind: '',
  seniority: '',
  maxDayRate: '',
};

export function rateCardRows(entries: Schemas['RateCardEntryView'][]): RateCardRow[] {
  return entries.map((e) => ({
    assignmentKind: e.assignmentKind as AssignmentKind,
    seniority: e.seniority ?? '',
    maxDayRate: String(e.maxDayRate),
  }));
}

/** The request body; an empty maximum goes as NaN (null in JSON), which the API refuses for that line. */
export function rateCardBody(rows: RateCardRow[]): Schemas['PutRateCardDto'] {
  return {
    entries: rows.map((r) => ({
      assignmentKind: r.assignmentKind as AssignmentKind,
      maxDayRate: r.maxDayRate.trim() === '' ? Number.NaN : Number(r.maxDayRate),
      ...(r.seniority ? { seniority: r.seniority } : {}),
    })),
  };
}
