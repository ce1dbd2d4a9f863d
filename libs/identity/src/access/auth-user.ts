import { AccountType, Locale } from '../entities/user.entity';

/** The caller, re-read from the database on every request (roles change take effect at once). */
export interface AuthUser {
  id: string;
  email: string;
  displayName: string;
  accountType: AccountType;
  locale: Locale;
  isPlatformAdmin: boolean;
  /** The address was proven (verification link or accepted invitation). */
  emailVerified: boolean;
}
