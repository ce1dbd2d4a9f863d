import { describe, expect, it } from '@jest/globals';
import { ApiError } from '../api/client';
import { en } from '../i18n/en';
import { nl } from '../i18n/nl';
import { domainProblems, parseDomains, ssoFailureText, ssoStartUrl } from './sso';

describe('single sign-on helpers', () => {
  it('reads domains typed one per line or with commas, lower case, without repeats', () => {
    expect(parseDomains(' Example.nl\n@example.com, example.nl ;\n\n')).toEqual([
      'example.nl',
      'example.com',
    ]);
  });

  it('names the domain each refusal is about', () => {
    const err = new ApiError(400, {
      code: 'validation_failed',
      fields: [
        { field: 'domains.1', code: 'free_mail_domain', message: 'not shown' },
        { field: 'issuer', code: 'issuer_unreachable', message: 'not shown' },
      ],
    });
    expect(domainProblems(err, ['acme.nl', 'gmail.com'], nl)).toEqual([
      `gmail.com: ${nl.fieldCodes.free_mail_domain}`,
    ]);
  });

  it('words the code the API sent the browser back with, and only the dictionary’s texts', () => {
    expect(ssoFailureText('sso_email_domain', en)).toBe(en.errorCodes.sso_email_domain);
    expect(ssoFailureText('<script>', nl)).toBe(nl.errorCodes.sso_denied);
    expect(ssoFailureText('constructor', en)).toBe(en.errorCodes.sso_denied);
    expect(ssoFailureText(null, en)).toBeNull();
  });

  it('starts at the API with the address encoded', () => {
    expect(ssoStartUrl(' anna+x@acme.nl ')).toBe('/api/v1/auth/sso/start?email=anna%2Bx%40acme.nl');
  });
});
