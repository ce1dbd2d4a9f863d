import { defineErrorCodes, defineFieldCodes } from '@gilde/kernel';

/** Why identity refuses a request: accounts, sign-in, tokens, access and organisation invitations. */
export const IdentityErrors = defineErrorCodes('identity', {
  email_taken: 'An account with this e-mail address already exists.',
  invalid_credentials: 'The e-mail address or the password is wrong.',
  sign_in_locked:
    'Too many failed sign-in attempts for this account or address; retry after Retry-After.',
  access_token_invalid: 'The access token is invalid or has expired; refresh it or sign in again.',
  account_gone: 'The signed-in account no longer exists (deleted or erased); sign in again.',
  session_ended: 'The sign-in behind this token has ended (signed out or revoked); sign in again.',
  refresh_token_invalid: 'The refresh token is invalid or expired; sign in again.',
  token_reused:
    'The refresh token was already used; every session of its sign-in is revoked; sign in again.',
  account_type_not_allowed: 'This is for another kind of account (client or interim).',
  membership_required:
    'Interim profiles are shown to members of a client organisation; create or join one first.',
  csrf_mismatch:
    'A cookie session needs the X-CSRF-Token header matching the gilde_csrf cookie; reload the page.',
  no_session: 'No refresh token in the body and no session cookie; sign in.',
  organisation_role_required: 'This needs a role in the organisation the caller does not hold.',
  invitation_used: 'The organisation invitation was already accepted.',
  invitation_expired: 'The organisation invitation has expired; ask for a new one.',
  invitation_other_email: 'The organisation invitation was sent to another e-mail address.',
  sso_not_configured:
    'No organisation signs in addresses of this e-mail domain through single sign-on; use the password.',
  sso_state_invalid:
    'The single sign-on attempt is unknown, expired, already used or was started in another browser; start again.',
  sso_denied: 'The identity provider did not sign the user in (cancelled or refused there).',
  sso_token_invalid:
    "The identity provider's answer failed verification (signature, issuer, audience, nonce or expiry).",
  sso_email_unverified:
    'The identity provider did not confirm that the e-mail address is verified.',
  sso_email_domain:
    "The e-mail address the identity provider gave is not in one of the organisation's domains.",
  sso_account_type:
    'An interim manager account uses this e-mail address; organisation single sign-on is for client accounts.',
  sso_provider_unavailable:
    "The organisation's identity provider could not be reached or answered wrongly; try again later.",
  last_admin: 'The organisation would be left without an admin: make another member admin first.',
});

/** Field codes of identity's own rules. */
export const IdentityFieldCodes = defineFieldCodes('identity', {
  weak_password: 'The password is too easy to guess (for example, it is the e-mail address).',
  free_mail_domain:
    'A free e-mail domain (such as gmail.com) cannot be claimed for single sign-on.',
  domain_taken: 'Another organisation already signs in this e-mail domain through single sign-on.',
  domain_unproven: 'No admin of the organisation has a verified e-mail address in this domain.',
  issuer_unreachable:
    'No OpenID Connect discovery document for this issuer could be read (or it names another issuer).',
  issuer_insecure: 'The issuer must use https.',
});
