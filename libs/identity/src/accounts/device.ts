import Bowser from 'bowser';

/** "Firefox 128 on Windows", from a User-Agent; null when there is none to read. */
export function describeDevice(userAgent: string | null): string | null {
  if (!userAgent) return null;
  const { browser, os, platform } = Bowser.parse(userAgent);
  const name = [browser.name, browser.version?.split('.')[0]].filter(Boolean).join(' ');
  const system = os.name ?? platform.type;
  if (!name && !system) return null;
  if (!name) return system ?? null;
  return system ? `${name} on ${system}` : name;
}
