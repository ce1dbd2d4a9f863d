import { ApiException } from './error-codes';

/** 404 for what does not exist and for what the caller may not know exists. */
export function notFound(what: string): ApiException {
  return new ApiException(404, 'not_found', `${what} not found.`);
}

/**
 * 409 for a state transition that is not allowed now; the message names the current state,
 * and `state` carries it for programs.
 */
export function transitionRefused(what: string, action: string, current: string): ApiException {
  return new ApiException(
    409,
    'state_conflict',
    `Cannot ${action} this ${what}: it is ${current}.`,
    {
      state: current,
    },
  );
}
