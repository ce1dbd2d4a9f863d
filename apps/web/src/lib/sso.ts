import { ApiError } from '../api/client';
import type { Dictionary } from '../i18n/en';
import { fieldText } from './form-errors';

/** Where the API starts single sign-on for an address (a full-page navigation, not a fetch). */
export function ssoStartUrl(email: string): string {
  return `/api/v1/auth/sso/start?email=${encodeURIComponent(email.trim())}`;
}

/** The callback an admin registers at the identity provider, for the page's own origin. */
export function ssoCallbackUrl(origin: string): string {
  return `${origin}/api/v1/auth/sso/callback`;
}

/** The domains typed one per line or separated by commas or spaces, without blanks or repeats. */
export function parseDomains(text: string): string[] {
  const domains = text
    .split(/[\s,;]+/)
    .map((d) => d.trim().toLowerCase().replace(/^@/, ''))
    .filter(Boolean);
  return [...new Set(domains)];
}

/**
 * The refusal of each domain the API named (`domains.2`), as "domain: text", since one message
 * beside the field would not say which of several domains is wrong.
 */
export function domainProblems(
  err: unknown,
  domains: string[],
  t: Pick<Dictionary, 'fieldCodes' | 'fieldTexts'>,
): string[] {
  if (!(err instanceof ApiError)) return [];
  return err.fields.flatMap((p) => {
    const index = /^domains\.(\d+)$/.exec(p.field)?.[1];
    if (index === undefined) return [];
    const text = fieldText('domains', p.code, t);
    const domain = domains[Number(index)];
    return [domain ? `${domain}: ${text}` : text];
  });
}

/** The text for the `?sso=<code>` the API sends a browser back to the login page with. */
export function ssoFailureText(
  code: string | null,
  t: Pick<Dictionary, 'errorCodes'>,
): string | null {
  if (!code) return null;
  const texts = t.errorCodes as Record<string, string>;
  // Only the dictionary's own texts: the query string is anyone's to write.
  return (Object.hasOwn(texts, code) ? texts[code] : undefined) ?? t.errorCodes.sso_denied;
}
