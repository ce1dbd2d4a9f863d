import { defineErrorCodes, defineFieldCodes } from '@gilde/kernel';

/** Why profiles refuses a request. */
export const ProfileErrors = defineErrorCodes('profiles', {
  profile_missing: 'The interim manager has no profile yet; create it first.',
  client_quota_exceeded:
    'The daily quota of interim profiles opened, or of searches, is used up; retry after Retry-After.',
});

/** Field codes of the profile rules that field validation cannot express. */
export const ProfileFieldCodes = defineFieldCodes('profiles', {
  duplicate: 'The list names this entry twice; list each once.',
  same_skill: 'Two names in the list resolve to the same skill; list it once.',
  overlaps: 'This period overlaps the previous one; a day is in one period only.',
});
