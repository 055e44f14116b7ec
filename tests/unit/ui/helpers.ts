import { openDb, writeBundle, type SparkScoutDb } from '@/lib/db';
import { generateShortlist, type GeneratedShortlist } from '../../fixtures/db/generate';

let seq = 0;

/** A database of its own per test (fake-indexeddb keeps databases by name for the whole run). */
export function freshDb(): SparkScoutDb {
  seq += 1;
  return openDb(`spark-scout-ui-${seq}-${Math.random().toString(36).slice(2)}`);
}

/** A database with `count` generated shortlisted videos written through the real write path. */
export async function seededDb(count: number, seed = 7): Promise<{ db: SparkScoutDb; data: GeneratedShortlist }> {
  const db = freshDb();
  const data = generateShortlist(count, seed);
  await writeBundle(db, data);
  return { db, data };
}

/** Resolves once `check` passes, polling (live queries and row sources update asynchronously). */
export async function until(check: () => boolean, timeoutMs = 8000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 10));
  }
}
