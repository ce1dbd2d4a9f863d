import type { AccountLinkMail, SecurityEventMail } from '@gilde/identity';
import { Locale, asLocale } from '../templates/template-text';

export interface AccountMail {
  subject: string;
  text: string;
}

function dateTime(at: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Amsterdam',
  }).format(at);
}

/** The verification mail, in the account's language. */
export function verificationMail(mail: AccountLinkMail, link: string): AccountMail {
  const until = dateTime(mail.expiresAt, asLocale(mail.locale));
  return asLocale(mail.locale) === 'nl'
    ? {
        subject: 'Bevestig je e-mailadres voor Gilde',
        text:
          `Hallo ${mail.displayName},\n\nBevestig dat dit jouw e-mailadres is: ${link}\n\n` +
          `De link werkt één keer, tot ${until}. Heb je geen account bij Gilde aangemaakt? Dan kun je deze e-mail negeren.`,
      }
    : {
        subject: 'Confirm your e-mail address for Gilde',
        text:
          `Hello ${mail.displayName},\n\nConfirm that this is your e-mail address: ${link}\n\n` +
          `The link works once, until ${until}. Did not create a Gilde account? Then you can ignore this e-mail.`,
      };
}

/** The password reset mail, in the account's language. */
export function passwordResetMail(mail: AccountLinkMail, link: string): AccountMail {
  const until = dateTime(mail.expiresAt, asLocale(mail.locale));
  return asLocale(mail.locale) === 'nl'
    ? {
        subject: 'Kies een nieuw wachtwoord voor Gilde',
        text:
          `Hallo ${mail.displayName},\n\nKies een nieuw wachtwoord: ${link}\n\n` +
          `De link werkt één keer, tot ${until}. Heb je dit niet gevraagd? Dan blijft je wachtwoord zoals het is.`,
      }
    : {
        subject: 'Choose a new password for Gilde',
        text:
          `Hello ${mail.displayName},\n\nChoose a new password: ${link}\n\n` +
          `The link works once, until ${until}. Did not ask for this? Then your password stays as it is.`,
      };
}

/** "Your password was changed", with when and from where. */
export function passwordChangedMail(mail: SecurityEventMail, resetLink: string): AccountMail {
  const locale = asLocale(mail.locale);
  const at = dateTime(mail.at, locale);
  if (locale === 'nl') {
    const how = mail.kind === 'password_reset' ? 'opnieuw ingesteld' : 'gewijzigd';
    return {
      subject: `Je Gilde-wachtwoord is ${how}`,
      text:
        `Hallo ${mail.displayName},\n\nJe wachtwoord is ${how} op ${at}` +
        ` vanaf IP-adres ${mail.ip ?? 'onbekend'} (${mail.device ?? 'onbekend apparaat'}).\n` +
        `Je andere sessies zijn beëindigd.\n\nWas jij dit niet? Kies direct een nieuw wachtwoord: ${resetLink}`,
    };
  }
  const how = mail.kind === 'password_reset' ? 'reset' : 'changed';
  return {
    subject: `Your Gilde password was ${how}`,
    text:
      `Hello ${mail.displayName},\n\nYour password was ${how} on ${at}` +
      ` from IP address ${mail.ip ?? 'unknown'} (${mail.device ?? 'unknown device'}).\n` +
      `Your other sessions have been ended.\n\nWas this not you? Choose a new password now: ${resetLink}`,
  };
}
