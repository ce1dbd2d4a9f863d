/**
 * The vocabulary of notifications. A kind is what a person sets preferences for; a
 * template is the precise message (a kind has several: a response can be submitted,
 * shortlisted, rejected or selected).
 */
export const NOTIFICATION_KINDS = [
  'match',
  'response',
  'invitation',
  'contract',
  'review',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const CHANNELS = ['in_app', 'email'] as const;
export type Channel = (typeof CHANNELS)[number];

export const FREQUENCIES = ['instant', 'daily', 'off'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

export const DELIVERY_STATES = ['pending', 'sent', 'failed', 'skipped'] as const;
export type DeliveryState = (typeof DELIVERY_STATES)[number];

/** How an e-mail is (or was to be) sent: on its own at once, or bundled in the daily digest. */
export const EMAIL_MODES = ['instant', 'digest'] as const;
export type EmailMode = (typeof EMAIL_MODES)[number];

export const TEMPLATES = {
  match: 'match',
  invitation: 'invitation',
  responseSubmitted: 'response.submitted',
  responseShortlisted: 'response.shortlisted',
  responseRejected: 'response.rejected',
  responseSelected: 'response.selected',
  contractToDraft: 'contract.to_draft',
  contractSent: 'contract.sent',
  contractAccepted: 'contract.accepted',
  contractActive: 'contract.active',
  contractTerminated: 'contract.terminated',
  reviewRequested: 'review.requested',
  reviewReceived: 'review.received',
} as const;
export type TemplateKey = (typeof TEMPLATES)[keyof typeof TEMPLATES];

export const TEMPLATE_KIND: Record<TemplateKey, NotificationKind> = {
  [TEMPLATES.match]: 'match',
  [TEMPLATES.invitation]: 'invitation',
  [TEMPLATES.responseSubmitted]: 'response',
  [TEMPLATES.responseShortlisted]: 'response',
  [TEMPLATES.responseRejected]: 'response',
  [TEMPLATES.responseSelected]: 'response',
  [TEMPLATES.contractToDraft]: 'contract',
  [TEMPLATES.contractSent]: 'contract',
  [TEMPLATES.contractAccepted]: 'contract',
  [TEMPLATES.contractActive]: 'contract',
  [TEMPLATES.contractTerminated]: 'contract',
  [TEMPLATES.reviewRequested]: 'review',
  [TEMPLATES.reviewReceived]: 'review',
};

export function isTemplateKey(value: unknown): value is TemplateKey {
  return typeof value === 'string' && value in TEMPLATE_KIND;
}

/** Why a channel (or a whole notification) was not delivered. Stored as the delivery's reason. */
export const SKIP_REASONS = {
  recipientErased: 'recipient_erased',
  recipientUnknown: 'recipient_unknown',
  noEmailAddress: 'no_email_address',
  preferenceOff: 'preference_off',
  channelOff: 'channel_off',
  profileNotifyOff: 'profile_notify_off',
  sectorNotFollowed: 'sector_not_followed',
  notReciprocal: 'not_reciprocal',
  assignmentNotOpen: 'assignment_not_open',
  subjectGone: 'subject_gone',
  noLongerTrue: 'no_longer_true',
} as const;
export type SkipReason = (typeof SKIP_REASONS)[keyof typeof SKIP_REASONS];

/** Why an e-mail went into the digest rather than out at once. */
export const DIGEST_REASONS = {
  preference: 'daily_preference',
  rateLimited: 'rate_limited',
} as const;
