export * from './user-directory';
export * from './organisation-directory';
