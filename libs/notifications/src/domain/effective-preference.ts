import { AccountKind, KindPreference, defaultPreference } from './default-preferences';
import { CHANNELS, Channel, FREQUENCIES, Frequency, NotificationKind } from './notification-kinds';

export interface StoredPreference {
  channels: string[];
  frequency: string;
}

/** A stored row, or the role's default when there is none (or it is malformed). */
export function effectivePreference(
  account: AccountKind,
  kind: NotificationKind,
  stored: StoredPreference | undefined,
): KindPreference {
  if (!stored || !FREQUENCIES.includes(stored.frequency as Frequency)) {
    return defaultPreference(account, kind);
  }
  return {
    channels: CHANNELS.filter((c) => stored.channels.includes(c)),
    frequency: stored.frequency as Frequency,
  };
}

export type EmailDecision = 'instant' | 'digest' | 'off';

/** In-app is immediate whenever it is on; the frequency says how e-mail goes out. */
export function channelDecision(pref: KindPreference): { inApp: boolean; email: EmailDecision } {
  if (pref.frequency === 'off') return { inApp: false, email: 'off' };
  const has = (c: Channel) => pref.channels.includes(c);
  return {
    inApp: has('in_app'),
    email: has('email') ? (pref.frequency === 'daily' ? 'digest' : 'instant') : 'off',
  };
}
