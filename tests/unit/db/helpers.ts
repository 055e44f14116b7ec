import { openDb, type DbOptions, type SparkScoutDb } from '@/lib/db';

let seq = 0;

/** A settable clock, so per-field edit times can be asserted exactly. */
export function clock(start = Date.UTC(2026, 6, 1, 12)) {
  const c = { t: start, now: () => c.t, advance: (ms: number) => (c.t += ms) };
  return c;
}

/** A database of its own for each test: fake-indexeddb keeps databases by name for the whole run. */
export function freshDb(options: DbOptions = {}): SparkScoutDb {
  seq += 1;
  return openDb(`spark-scout-test-${seq}-${Math.random().toString(36).slice(2)}`, options);
}
