import { defineFieldCodes } from '@gilde/kernel';

/**
 * Matching refuses with the kernel's codes (not_found, state_conflict, validation_failed); its
 * own rule on weights adds one field code.
 */
export const MatchingFieldCodes = defineFieldCodes('matching', {
  weights_total: 'The match weights must add up to 100; every weight is named.',
});
