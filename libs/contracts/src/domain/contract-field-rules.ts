import { OrganisationRole } from '@gilde/identity';

/**
 * Field-level write rules for contract edits (docs/reliability.md#b6). Fees, the legal form, the
 * self-employment check and the legal terms belong to procurement; hiring managers may adjust
 * the practical arrangements of the work. Interim managers edit nothing: they accept or not.
 */
export const CONTRACT_FIELD_WRITERS = {
  dayRate: ['procurement'],
  rateJustification: ['procurement'],
  seniority: ['procurement'],
  form: ['procurement'],
  modelAgreementRef: ['procurement'],
  dbaCheck: ['procurement'],
  terms: ['procurement'],
  noticePeriodDays: ['procurement'],
  startDate: ['procurement', 'hiring_manager'],
  endDate: ['procurement', 'hiring_manager'],
  hoursPerWeek: ['procurement', 'hiring_manager'],
  placeOfWork: ['procurement', 'hiring_manager'],
} as const satisfies Record<string, readonly OrganisationRole[]>;

export type ContractField = keyof typeof CONTRACT_FIELD_WRITERS;

/** The fields among `fields` that none of `roles` may write. */
export function fieldsRefused(fields: string[], roles: readonly OrganisationRole[]): string[] {
  return fields.filter((f) => {
    const writers: readonly OrganisationRole[] | undefined =
      CONTRACT_FIELD_WRITERS[f as ContractField];
    return !writers || !writers.some((r) => roles.includes(r));
  });
}
