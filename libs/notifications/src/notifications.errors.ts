import { defineErrorCodes, defineFieldCodes } from '@gilde/kernel';

/** Why notifications refuses a request. */
export const NotificationErrors = defineErrorCodes('notifications', {
  stream_token_invalid: 'The stream token is invalid or expired; ask for a new one.',
  stream_token_used: 'The stream token was already used (it works once); ask for a new one.',
  too_many_streams: 'The account has as many live notification streams open as allowed.',
  stream_unavailable: 'Live notifications are unavailable right now; try again shortly.',
});

/** Field codes of the notification preference rules. */
export const NotificationFieldCodes = defineFieldCodes('notifications', {
  not_for_account_type: 'This kind of account does not receive this kind of notification.',
  channel_required: 'Choose at least one channel, or set the frequency to off.',
  invalid_time_zone: 'Not an IANA time zone such as Europe/Amsterdam.',
});
