import { ContractParty } from '../domain/contract-terms';

/** The aspects each side rates: the organisation rates the interim, the interim the organisation. */
export const REVIEW_ASPECTS: Readonly<Record<ContractParty, readonly string[]>> = {
  organisation: ['results', 'collaboration'],
  interim: ['clarity', 'decisiveness', 'payment', 'collaboration'],
};
