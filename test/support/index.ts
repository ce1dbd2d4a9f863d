export * from './api-harness';
export * from './db';
export * from './oidc-test-provider';
