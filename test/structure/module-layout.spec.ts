import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';

/**
 * The layout DEVELOPMENT.md describes: a file's name says what lives in it. Every library
 * declares its Nest modules in `<lib>.module.ts` under the three shared names (ports bound by
 * an owner excepted), and a class in a `.service.ts` is a `…Service`.
 */
const ROOT = join(__dirname, '..', '..');
const LIBS = readdirSync(join(ROOT, 'libs'), { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'migrations' ? [] : sourceFiles(path);
    return e.name.endsWith('.ts') && !e.name.endsWith('.spec.ts') ? [path] : [];
  });
}

const files = [
  ...LIBS.map((lib) => join(ROOT, 'libs', lib, 'src')),
  join(ROOT, 'apps', 'api', 'src'),
  join(ROOT, 'apps', 'worker', 'src'),
].flatMap(sourceFiles);

function exportedClasses(path: string): string[] {
  return [...readFileSync(path, 'utf8').matchAll(/^export (?:abstract )?class (\w+)/gm)].map(
    (m) => m[1],
  );
}

function pascal(lib: string): string {
  return lib.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase());
}

describe('module layout and names', () => {
  it('names every class in a .service.ts file …Service', () => {
    const misnamed = files
      .filter((f) => f.endsWith('.service.ts'))
      .flatMap((f) =>
        exportedClasses(f)
          .filter((c) => !c.endsWith('Service'))
          .map((c) => `${relative(ROOT, f)}: ${c}`),
      );
    expect(misnamed).toEqual([]);
  });

  it('declares each library’s Core, API and Worker modules in <lib>.module.ts', () => {
    const wrong: string[] = [];
    for (const lib of LIBS) {
      const name = pascal(lib);
      const allowed = new Set([`${name}CoreModule`, `${name}Module`, `${name}WorkerModule`]);
      for (const f of files.filter((p) => p.startsWith(join(ROOT, 'libs', lib, 'src')))) {
        for (const cls of exportedClasses(f).filter((c) => c.endsWith('Module'))) {
          const inLibModuleFile = basename(f) === `${lib}.module.ts` && allowed.has(cls);
          // A port bound by the owner of its data is a global module of its own.
          const portBinding = /@Global\(\)/.test(readFileSync(f, 'utf8'));
          // Infrastructure in the kernel, and a sub-area's own module in its folder (profile
          // browsing), are named for what they provide.
          const inSubArea = dirname(f) !== join(ROOT, 'libs', lib, 'src');
          const named =
            lib === 'kernel' || (inSubArea && basename(f) === `${kebab(cls)}.module.ts`);
          if (!inLibModuleFile && !portBinding && !named)
            wrong.push(`${relative(ROOT, f)}: ${cls}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});

function kebab(moduleClass: string): string {
  return moduleClass
    .replace(/Module$/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase();
}
