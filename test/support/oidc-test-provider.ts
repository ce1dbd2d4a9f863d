import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

export interface TestIdpClient {
  client_id: string;
  client_secret: string;
  redirect_uris: string[];
}

export interface TestIdp {
  issuer: string;
  /** The next token response carries an ID token changed this way (see oidc-provider.mjs). */
  tamperNextIdToken(changes: { aud?: string; iss?: string; foreignKey?: boolean }): Promise<void>;
  close(): Promise<void>;
}

/** Starts test/support/oidc-provider.mjs in its own process and waits until it listens. */
export async function startTestIdp(clients: TestIdpClient[]): Promise<TestIdp> {
  const child: ChildProcess = spawn(process.execPath, [join(__dirname, 'oidc-provider.mjs')], {
    env: { ...process.env, OIDC_TEST_CLIENTS: JSON.stringify(clients) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stderr: string[] = [];
  child.stderr!.on('data', (chunk: Buffer) => stderr.push(chunk.toString()));
  const issuer = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('test IdP did not start in 20 s')), 20_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`test IdP exited (${code}): ${stderr.join('')}`));
    });
    createInterface({ input: child.stdout! }).once('line', (line) => {
      clearTimeout(timer);
      resolve((JSON.parse(line) as { issuer: string }).issuer);
    });
  });
  return {
    issuer,
    async tamperNextIdToken(changes) {
      const res = await fetch(`${issuer}/__test/next-id-token`, {
        method: 'POST',
        body: JSON.stringify(changes),
      });
      if (res.status !== 204) throw new Error(`test IdP refused the change: ${res.status}`);
    },
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/**
 * Signs in at the test IdP as a browser would, over plain HTTP: follows the authorization
 * request through the provider's login form (any login is accepted) and answers the URL the
 * provider finally sends the browser to (the relying party's callback with code and state).
 */
export async function signInAtTestIdp(authorizationUrl: string, login: string): Promise<URL> {
  const jar = new Map<string, string>();
  const cookieHeader = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  const remember = (res: Response) => {
    for (const cookie of res.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const at = pair.indexOf('=');
      jar.set(pair.slice(0, at), pair.slice(at + 1));
    }
  };
  const idp = new URL(authorizationUrl).origin;
  let url = authorizationUrl;
  let body: URLSearchParams | undefined;
  for (let hop = 0; hop < 10; hop++) {
    const res = await fetch(url, {
      method: body ? 'POST' : 'GET',
      headers: { cookie: cookieHeader() },
      body,
      redirect: 'manual',
    });
    remember(res);
    body = undefined;
    const location = res.headers.get('location');
    if (location) {
      const next = new URL(location, url);
      if (next.origin !== idp) return next;
      url = next.href;
      continue;
    }
    const html = await res.text();
    if (res.status === 200 && html.includes('name="login"')) {
      // The provider's login form: post the login to the form's own action.
      const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
      if (!action) throw new Error('test IdP login form without an action');
      url = new URL(action.replace(/&amp;/g, '&'), url).href;
      body = new URLSearchParams({ prompt: 'login', login, password: 'any' });
      continue;
    }
    throw new Error(`test IdP answered ${res.status}: ${html.slice(0, 300)}`);
  }
  throw new Error('test IdP sign-in did not reach the relying party');
}
