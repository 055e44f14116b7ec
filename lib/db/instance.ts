import { openDb, type SparkScoutDb } from './db';

let shared: SparkScoutDb | undefined;

/**
 * The one database handle of this context (background, popup, dashboard, options). Opening is lazy: nothing touches
 * IndexedDB until the first query. Never call this from the content script: its IndexedDB belongs to tiktok.com.
 */
export function appDb(): SparkScoutDb {
  return (shared ??= openDb());
}
