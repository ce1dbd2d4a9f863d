import { defineErrorCodes } from '@gilde/kernel';

/** Why search refuses a request. */
export const SearchErrors = defineErrorCodes('search', {
  search_unavailable: 'The search engine is unavailable; try again in a minute.',
});
