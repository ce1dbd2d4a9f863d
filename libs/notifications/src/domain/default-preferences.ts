import { Channel, Frequency, NotificationKind } from './notification-kinds';

export interface KindPreference {
  channels: Channel[];
  frequency: Frequency;
}

export type AccountKind = 'interim' | 'client';

/** Which kinds of notification each account type can receive at all. */
export const KINDS_FOR: Record<AccountKind, NotificationKind[]> = {
  interim: ['match', 'invitation', 'response', 'contract', 'review'],
  client: ['response', 'contract', 'review'],
};

/**
 * Defaults when a person never chose. In-app is always immediate; the frequency says how
 * e-mail goes out. Send less, better: match alerts reach interim managers in the app at once
 * and by e-mail once a day; what needs an answer (a response, a contract) is e-mailed at once.
 */
const DEFAULTS: Record<AccountKind, Partial<Record<NotificationKind, KindPreference>>> = {
  interim: {
    match: { channels: ['in_app', 'email'], frequency: 'daily' },
    invitation: { channels: ['in_app', 'email'], frequency: 'instant' },
    response: { channels: ['in_app', 'email'], frequency: 'instant' },
    contract: { channels: ['in_app', 'email'], frequency: 'instant' },
    review: { channels: ['in_app', 'email'], frequency: 'daily' },
  },
  client: {
    response: { channels: ['in_app', 'email'], frequency: 'instant' },
    contract: { channels: ['in_app', 'email'], frequency: 'instant' },
    review: { channels: ['in_app', 'email'], frequency: 'daily' },
  },
};

const NOTHING: KindPreference = { channels: [], frequency: 'off' };

export function defaultPreference(account: AccountKind, kind: NotificationKind): KindPreference {
  const found = DEFAULTS[account][kind];
  return found ? { channels: [...found.channels], frequency: found.frequency } : { ...NOTHING };
}

export function appliesTo(account: AccountKind, kind: NotificationKind): boolean {
  return KINDS_FOR[account].includes(kind);
}
