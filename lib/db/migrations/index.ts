import type { Migration } from './types';
import { v1 } from './v1';
import { v2 } from './v2';

/** Every schema version in order. The database opens at the last one. */
export const MIGRATIONS: readonly Migration[] = [v1, v2];
export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
export type { Migration } from './types';
