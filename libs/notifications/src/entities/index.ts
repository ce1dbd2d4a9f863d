import { NotificationDailyCount } from './notification-daily-count.entity';
import { NotificationDelivery } from './notification-delivery.entity';
import { NotificationDigest } from './notification-digest.entity';
import { NotificationFanOut } from './notification-fan-out.entity';
import { NotificationPreferenceChange } from './notification-preference-change.entity';
import { NotificationPreference } from './notification-preference.entity';
import { Notification } from './notification.entity';

export const NOTIFICATION_ENTITIES = [
  Notification,
  NotificationDelivery,
  NotificationDigest,
  NotificationPreference,
  NotificationPreferenceChange,
  NotificationDailyCount,
  NotificationFanOut,
];
