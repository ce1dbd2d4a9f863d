/**
 * The vocabulary of contracts as the Dutch interim market knows it. Values are stored as-is,
 * so never rename one without a migration.
 */
export const CONTRACT_FORMS = ['direct', 'mediation', 'intermediary'] as const;
export type ContractForm = (typeof CONTRACT_FORMS)[number];

export const CONTRACT_FORM_LABELS: Readonly<Record<ContractForm, { en: string; nl: string }>> = {
  direct: { en: 'Direct agreement for services', nl: 'Overeenkomst van opdracht' },
  mediation: { en: 'Mediation', nl: 'Bemiddeling' },
  intermediary: { en: 'Intermediary in the chain', nl: 'Tussenkomst' },
};

/**
 * The Belastingdienst's general model agreement for work without employer authority
 * ("Algemene modelovereenkomst geen werkgeversgezag", reference 90821.25537.1.0 of 1 June 2021).
 * It is the default for direct agreements. When the tax authority issues a new version, change
 * this constant: contracts store the reference they were drafted with, so old ones keep theirs.
 */
export const DEFAULT_MODEL_AGREEMENT = {
  reference: '90821.25537.1.0',
  title: 'Algemene modelovereenkomst geen werkgeversgezag (Belastingdienst, 1 juni 2021)',
} as const;

export const SENIORITIES = ['medior', 'senior', 'executive'] as const;
export type Seniority = (typeof SENIORITIES)[number];

/** How a rate card entry without a seniority is stored (a real value keeps the unique index simple). */
export const ANY_SENIORITY = 'any';

export const CONTRACT_STATUSES = [
  'draft',
  'sent',
  'accepted',
  'active',
  'completed',
  'terminated',
  'superseded',
] as const;
export type ContractStatus = (typeof CONTRACT_STATUSES)[number];

export type ContractParty = 'interim' | 'organisation';
