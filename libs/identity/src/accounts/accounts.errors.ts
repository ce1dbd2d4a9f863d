import { defineErrorCodes } from '@gilde/kernel';

/** Why an account request was refused, for programs and the web UI's dictionary. */
export const AccountErrors = defineErrorCodes('accounts', {
  email_not_verified: 'Verify your e-mail address first (see POST /auth/verify-email/resend).',
  token_invalid: 'The link is not valid, or was already used.',
  token_expired: 'The link has expired; ask for a new one.',
  email_already_verified: 'The e-mail address is already verified.',
  password_wrong: 'The current password is wrong.',
  password_unchanged: 'The new password is the same as the current one.',
  password_is_email: 'The password must not be the e-mail address.',
});
