/** Query keys and the hooks that read the API through TanStack Query (one hook per query). */
export * from './keys';
export * from './account';
export * from './assignments';
export * from './contracts';
export * from './dev-mailbox';
export * from './interim';
export * from './matches';
export * from './me';
export * from './notifications';
export * from './organisation';
export * from './profiles';
export * from './taxonomy';
