import { fileURLToPath } from 'node:url';

/** `drizzle/` at the project root, seen from `src/database` as from `dist/database`. */
export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../../drizzle', import.meta.url));
