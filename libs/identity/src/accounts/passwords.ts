import * as argon2 from 'argon2';
import { invalidField } from '@gilde/kernel';
import { AccountErrors } from './accounts.errors';

/** OWASP's argon2id baseline; used for every stored password. */
export const ARGON2_OPTIONS = {
  type: argon2.argon2id as 2,
  memoryCost: 19456,
  timeCost: 2,
  parallelism: 1,
};

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, ARGON2_OPTIONS);
}

export function passwordMatches(hash: string | null, password: string): Promise<boolean> {
  if (!hash) return Promise.resolve(false);
  return argon2.verify(hash, password).catch(() => false);
}

/**
 * The rules a DTO cannot express: not the address (or its local part). Length is checked by
 * the DTOs (PASSWORD_MIN_LENGTH).
 */
export function assertPasswordPolicy(password: string, email: string, field: string): void {
  const local = email.split('@')[0] ?? '';
  const lower = password.toLowerCase();
  if (lower === email.toLowerCase() || lower === local.toLowerCase()) {
    throw invalidField(
      field,
      AccountErrors.password_is_email,
      `${field} must not be your e-mail address`,
    );
  }
}
