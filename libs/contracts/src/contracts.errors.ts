import { defineErrorCodes, defineFieldCodes } from '@gilde/kernel';

/** Why contracts, rate cards and reviews refuse a request. */
export const ContractErrors = defineErrorCodes('contracts', {
  response_not_selected:
    'A contract is drafted from a selected response only; `state` is the response status.',
  contract_exists: 'A contract for this response already exists; edit it, or terminate it first.',
  extension_open: 'An extension of this contract is already being drafted.',
  dba_check_required: 'The self-employment (DBA) check must be answered before sending.',
  revision_not_accepted: 'The interim manager has not accepted this revision of the contract.',
  no_sent_document: 'The contract has no sent document to accept.',
  contract_being_revised: 'The contract is being revised; the new version will be sent to accept.',
  procurement_only: "Only the client's procurement desk may do this to a contract.",
  interim_only: 'Only the interim manager of this contract may do this.',
  rate_card_exceeded:
    'The day rate is above the rate card maximum; procurement must give a rateJustification.',
  review_exists: 'This side has already reviewed the other for this contract.',
});

/** Field codes of the contract rules that field validation cannot express. */
export const ContractFieldCodes = defineFieldCodes('contracts', {
  before_start: 'The end date is before the start date.',
  not_after_current_end: 'An extension must end after the current end date.',
  before_extension: 'An extension must end on or after the first day it extends.',
  extension_start_fixed: 'An extension keeps the start date of the contract it extends.',
  not_for_side: 'This review aspect is rated by the other side.',
  duplicate: 'The list names this entry twice; list each once.',
});
