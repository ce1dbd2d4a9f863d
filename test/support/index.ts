export * from './api-harness';
export * from './db';
