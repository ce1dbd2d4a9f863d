import { DbaAnswers, DbaAssessment } from '../domain/dba-check';
import { ContractForm } from '../domain/contract-terms';
import { PartySnapshot } from '../entities/contract.entity';

/** Everything printed on a contract document; the same input always yields the same bytes. */
export interface ContractDocumentInput {
  contractId: string;
  version: number;
  revision: number;
  /** The revision's timestamp: the document's date and its PDF creation date. */
  revisedAt: Date;
  draft: boolean;
  form: ContractForm;
  modelAgreementRef: string | null;
  modelAgreementTitle: string | null;
  dayRate: number;
  startDate: string;
  endDate: string;
  extensionFrom: string | null;
  hoursPerWeek: number;
  placeOfWork: string | null;
  noticePeriodDays: number | null;
  terms: string | null;
  // No rate-card maximum or justification: they are procurement's, not terms between the parties.
  parties: PartySnapshot;
  dbaAnswers: DbaAnswers | null;
  dbaAssessment: DbaAssessment | null;
}
