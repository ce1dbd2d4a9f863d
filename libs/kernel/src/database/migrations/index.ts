import { Foundation1795771546249 } from './1795771546249-Foundation';

/** Every migration, in order. New ones are appended here after `npm run migration:generate`. */
export const MIGRATIONS = [Foundation1795771546249];
