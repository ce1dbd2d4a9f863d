/**
 * The fast loop (`npm run test:unit`): the unit tests beside the code in libs/ and apps/ and the
 * web app's, with no PostgreSQL or Redis (no global setup, no per-file database). Anything that
 * needs a service lives under test/ and runs in the full run or `npm run test:e2e`.
 */
const { server, web } = require('./jest.projects.js');

module.exports = {
  rootDir: __dirname,
  projects: [
    {
      ...server,
      displayName: 'unit',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/{apps,libs}/**/*.spec.ts'],
    },
    web,
  ],
  testTimeout: 10000,
  reporters: ['default', '<rootDir>/test/support/summary-reporter.js'],
};
