import { ConflictException, NotFoundException } from '@nestjs/common';

/** 404 for what does not exist and for what the caller may not know exists. */
export function notFound(what: string): NotFoundException {
  return new NotFoundException(`${what} not found.`);
}

/** 409 for a state transition that is not allowed now; the message names the current state. */
export function transitionRefused(
  what: string,
  action: string,
  current: string,
): ConflictException {
  return new ConflictException(`Cannot ${action} this ${what}: it is ${current}.`);
}
