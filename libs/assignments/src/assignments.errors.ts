import { defineErrorCodes, defineFieldCodes } from '@gilde/kernel';

/** Why assignments, invitations to them and responses refuse a request. */
export const AssignmentErrors = defineErrorCodes('assignments', {
  assignment_incomplete:
    'The assignment lacks what publication needs; `fields` names each missing or wrong field.',
  fields_locked:
    'These fields of the assignment cannot change in its current state; `state` names it.',
  budget_locked:
    'The maximum day rate cannot change once interim managers have responded to the assignment.',
  budget_change_limit:
    'The maximum day rate of a published assignment has changed as often as allowed.',
  already_invited: 'This interim manager was already invited to this assignment.',
  response_exists: 'The interim manager has already responded to this assignment.',
  response_already_selected: 'Another response to this assignment is already selected.',
});

/** Field codes of the assignment and response rules that field validation cannot express. */
export const AssignmentFieldCodes = defineFieldCodes('assignments', {
  before_start: 'The end date is before the start date.',
  not_in_future: 'The date must be after today.',
  in_the_past: 'The date must be today or later.',
  must_have_skill_required: 'At least one required skill must be a must-have.',
});
