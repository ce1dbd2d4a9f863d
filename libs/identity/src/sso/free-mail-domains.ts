import freeMailDomains from 'email-providers/all.json';

const FREE = new Set<string>(freeMailDomains);

/**
 * Domains anyone can get an address at (gmail.com, outlook.com, ziggo.nl, ...): an organisation
 * claiming one would send strangers to its identity provider.
 */
export function isFreeMailDomain(domain: string): boolean {
  return FREE.has(domain.toLowerCase());
}
