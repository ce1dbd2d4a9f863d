/**
 * The full run (`npm test`, CI): unit tests beside the code (*.spec.ts), integration and
 * end-to-end tests under test/ against real PostgreSQL and Redis, and the web app's unit tests.
 * The fast loop without services is jest.unit.config.js.
 */
const { server, web } = require('./jest.projects.js');

module.exports = {
  rootDir: __dirname,
  projects: [
    {
      ...server,
      testEnvironment: '<rootDir>/test/support/isolated-database.environment.js',
      testMatch: ['<rootDir>/{apps,libs}/**/*.spec.ts', '<rootDir>/test/**/*.{spec,e2e-spec}.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
    },
    web,
  ],
  maxWorkers: 2,
  testTimeout: 30000,
  workerIdleMemoryLimit: '1GB',
  reporters: ['default', '<rootDir>/test/support/summary-reporter.js'],
};
