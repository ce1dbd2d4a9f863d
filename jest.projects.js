/** The jest projects the full run (jest.config.js) and the fast loop (jest.unit.config.js) share. */
const { pathsToModuleNameMapper } = require('ts-jest');
const { compilerOptions } = require('./tsconfig.json');

/** Server-side code: libs, apps/api, apps/worker and test/. */
const server = {
  displayName: 'server',
  rootDir: __dirname,
  moduleFileExtensions: ['ts', 'js', 'json'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '<rootDir>/apps/web/'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { diagnostics: false }],
  },
  moduleNameMapper: pathsToModuleNameMapper(compilerOptions.paths, { prefix: '<rootDir>/' }),
  setupFiles: ['<rootDir>/test/support/test-env.ts'],
};

const web = require('./apps/web/jest.config.js');

module.exports = { server, web };
