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

/**
 * Counts the requests each table gets below Dexie (reads, cursors, writes by type), e.g. `shortlist.put`: work that
 * grows with the number of ids shows up here long before it shows in a timing. Call before the first query.
 */
export function countRequests(db: SparkScoutDb): Record<string, number> {
  const calls: Record<string, number> = {};
  const bump = (key: string) => (calls[key] = (calls[key] ?? 0) + 1);
  db.use({
    stack: 'dbcore',
    name: 'count-requests',
    create: (down) => ({
      ...down,
      table: (name) => {
        const t = down.table(name);
        return {
          ...t,
          get: (req) => (bump(`${name}.get`), t.get(req)),
          getMany: (req) => (bump(`${name}.getMany`), t.getMany(req)),
          query: (req) => (bump(`${name}.query`), t.query(req)),
          openCursor: (req) => (bump(`${name}.openCursor`), t.openCursor(req)),
          count: (req) => (bump(`${name}.count`), t.count(req)),
          mutate: (req) => (bump(`${name}.${req.type}`), t.mutate(req)),
        };
      },
    }),
  });
  return calls;
}

/** The sum of counted requests. */
export const totalRequests = (calls: Record<string, number>) => Object.values(calls).reduce((a, b) => a + b, 0);
