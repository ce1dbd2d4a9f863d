import type { ContractDraft } from '../../../lib/contract-draft';

/** What each part of the contract form gets: the draft, a setter and the field errors. */
export interface FieldsProps {
  draft: ContractDraft;
  set: <K extends keyof ContractDraft>(key: K, value: ContractDraft[K]) => void;
  errors: Record<string, string>;
}
