/**
 * The browser globals the web app's logic reads, for its unit tests in Node: an in-memory
 * localStorage, a location on a test origin, a navigator without the Web Locks API, and a
 * document whose cookie string a test sets as the browser would show it to script.
 */
const store = new Map<string, string>();
Object.assign(globalThis, {
  location: { origin: 'http://gilde.test' },
  navigator: {},
  document: { cookie: '' },
  localStorage: {
    getItem: (k: string) => store.get(k) ?? null,
    setItem: (k: string, v: string) => void store.set(k, String(v)),
    removeItem: (k: string) => void store.delete(k),
    clear: () => store.clear(),
  },
});
