/**
 * Unit tests of the web app's logic (*.spec.ts beside the code): pure functions and the API
 * client, in Node (no DOM). A project of both the full run (jest.config.js) and the fast loop
 * (jest.unit.config.js).
 */
module.exports = {
  displayName: 'web',
  rootDir: __dirname,
  testEnvironment: 'node',
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  setupFiles: ['<rootDir>/src/jest-setup.ts'],
  transform: {
    '^.+\\.tsx?$': [
      'ts-jest',
      {
        // The app's own settings, in the module format jest loads.
        tsconfig: {
          target: 'ES2022',
          lib: ['ES2023', 'DOM', 'DOM.Iterable'],
          module: 'commonjs',
          moduleResolution: 'node',
          jsx: 'react-jsx',
          strict: true,
          esModuleInterop: true,
          isolatedModules: true,
          types: [],
        },
      },
    ],
  },
};
