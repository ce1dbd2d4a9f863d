// Type-aware lint of apps, libs, scripts and tests. Boundaries: apps and scripts import libs,
// never the reverse; libraries reach each other only through their public entry (@gilde/<lib>);
// no import cycles; the domain libraries never import test tooling (@gilde/test-data,
// @gilde/testing), which the seed, the benches and the tests use.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import tseslint from 'typescript-eslint';

const LIBRARY_IMPORTS = [
  { group: ['**/apps/*', '**/apps/**'], message: 'Libraries never import from apps.' },
  {
    group: ['**/libs/*/src/**', '../../*/src/**'],
    message: 'Import another library through @gilde/<lib>.',
  },
  {
    group: ['@gilde/*/**'],
    message: 'Import a library only through its public index (@gilde/<lib>).',
  },
];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'coverage/**',
      'apps/web/dist/**',
      '**/*.js',
      '**/*.mjs',
      'libs/kernel/src/database/migrations/*.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  prettier,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-extraneous-class': 'off',
      '@typescript-eslint/no-unsafe-function-type': 'off',
      'import-x/no-cycle': ['error', { maxDepth: 10, ignoreExternal: true }],
      'no-restricted-imports': ['error', { patterns: LIBRARY_IMPORTS }],
    },
  },
  {
    // Domain libraries ship in the API and the worker; generated data and test harnesses do not.
    files: ['libs/**/*.ts'],
    ignores: ['libs/test-data/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...LIBRARY_IMPORTS,
            {
              group: ['@gilde/test-data', '@gilde/testing'],
              message: 'Domain libraries never import test tooling.',
            },
          ],
        },
      ],
    },
  },
  {
    // Tests may poke at internals and use loose typing on HTTP bodies.
    files: ['test/**/*.ts', '**/*.spec.ts', '**/*.e2e-spec.ts'],
    rules: {
      'no-restricted-imports': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    // Apps compose libraries and may reach test-free internals of their own folder only; scripts
    // (seed, benches, imports) boot the apps the way `npm start` does.
    files: ['apps/**/*.ts', 'scripts/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/libs/*/src/**'], message: 'Import a library through @gilde/<lib>.' },
          ],
        },
      ],
    },
  },
  {
    // The web app: type-aware against its own tsconfig (DOM, bundler resolution) plus the
    // rules of hooks; its files are .tsx as well as .ts.
    files: ['apps/web/src/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
    languageOptions: {
      parserOptions: {
        projectService: false,
        project: './apps/web/tsconfig.json',
        tsconfigRootDir: import.meta.dirname,
      },
    },
    settings: {
      'import-x/resolver-next': [
        createTypeScriptImportResolver({ project: './apps/web/tsconfig.json' }),
      ],
    },
  },
  {
    files: ['apps/web/vite.config.mts'],
    languageOptions: {
      parserOptions: {
        projectService: false,
        project: './apps/web/tsconfig.node.json',
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },
);
