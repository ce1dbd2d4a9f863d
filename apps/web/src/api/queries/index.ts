/** Query keys and the hooks that read the API through TanStack Query. */
export * from './keys';
export * from './assignments';
export * from './interim';
export * from './me';
