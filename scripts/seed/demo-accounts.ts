/**
 * Who the demo world consists of, and how its data is recognised. Every demo account has an
 * e-mail address at one of DEMO_DOMAINS and nobody else does: that is what `--reset` deletes.
 */

/** One password for every demo account; printed by `npm start` and `npm run seed`. */
export const DEMO_PASSWORD = 'gilde-demo-2026';

export const DEMO_INTERIM_DOMAIN = 'gilde-demo.nl';

/**
 * The platform admin: the seed grants it explicitly, and PLATFORM_ADMIN_EMAILS must include it
 * (scripts/start.sh sets that default).
 */
export const DEMO_ADMIN = {
  email: `admin@${DEMO_INTERIM_DOMAIN}`,
  displayName: 'Gilde Beheer',
} as const;

/** The interim manager to log in as: complete profile, strong matches, a contract to accept. */
export const DEMO_INTERIM = {
  email: `interim@${DEMO_INTERIM_DOMAIN}`,
  displayName: 'Sanne de Vries',
} as const;

export type DemoOrganisationKey = 'gemeente' | 'zorg' | 'logistiek';

export interface DemoPerson {
  email: string;
  displayName: string;
}

export interface DemoOrganisationAccounts {
  key: DemoOrganisationKey;
  domain: string;
  /** Hiring manager and organisation admin (creates the organisation). */
  hiringManager: DemoPerson;
  procurement: DemoPerson;
}

export const DEMO_ORGANISATION_ACCOUNTS: readonly DemoOrganisationAccounts[] = [
  {
    key: 'gemeente',
    domain: 'gemeente-demo.nl',
    hiringManager: { email: 'hm@gemeente-demo.nl', displayName: 'Marieke Jansen' },
    procurement: { email: 'inkoop@gemeente-demo.nl', displayName: 'Ruud Bakker' },
  },
  {
    key: 'zorg',
    domain: 'zorggroep-demo.nl',
    hiringManager: { email: 'hm@zorggroep-demo.nl', displayName: 'Ingrid Smit' },
    procurement: { email: 'inkoop@zorggroep-demo.nl', displayName: 'Karim El Amrani' },
  },
  {
    key: 'logistiek',
    domain: 'logistiek-demo.nl',
    hiringManager: { email: 'hm@logistiek-demo.nl', displayName: 'Bas Visser' },
    procurement: { email: 'inkoop@logistiek-demo.nl', displayName: 'Femke Mulder' },
  },
];

export const DEMO_DOMAINS: readonly string[] = [
  DEMO_INTERIM_DOMAIN,
  ...DEMO_ORGANISATION_ACCOUNTS.map((o) => o.domain),
];

/** SQL LIKE patterns matching exactly the demo accounts' (normalised, lower-case) e-mails. */
export const DEMO_EMAIL_PATTERNS: readonly string[] = DEMO_DOMAINS.map((d) => `%@${d}`);

export function isDemoEmail(email: string): boolean {
  const domain = email.toLowerCase().split('@')[1];
  return domain !== undefined && DEMO_DOMAINS.includes(domain);
}

/** The accounts worth printing: one per role, plus the other organisations' people. */
export function demoAccountsToPrint(): { role: string; email: string }[] {
  const [first, ...others] = DEMO_ORGANISATION_ACCOUNTS;
  return [
    { role: 'Hiring manager (and organisation admin)', email: first.hiringManager.email },
    { role: 'Procurement desk', email: first.procurement.email },
    { role: 'Interim manager', email: DEMO_INTERIM.email },
    { role: 'Platform admin', email: DEMO_ADMIN.email },
    ...others.flatMap((o) => [
      { role: 'Hiring manager', email: o.hiringManager.email },
      { role: 'Procurement desk', email: o.procurement.email },
    ]),
  ];
}
