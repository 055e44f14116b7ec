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

type Table = ReturnType<Parameters<Parameters<SparkScoutDb['use']>[0]['create']>[0]['table']>;

/** Wraps every table below Dexie (a DBCore middleware): `wrap` returns the methods it replaces. */
function watchTables(db: SparkScoutDb, name: string, wrap: (table: string, t: Table) => Partial<Table>): void {
  db.use({
    stack: 'dbcore',
    name,
    create: (down) => ({
      ...down,
      table: (table) => {
        const t = down.table(table);
        return { ...t, ...wrap(table, t) };
      },
    }),
  });
}

/**
 * Counts the requests each table gets below Dexie (reads, cursors, writes by type), e.g. `shortlist.put`: work that
 * grows with the number of ids shows up here long before it shows in a timing. Call before the first query.
 */
export function countRequests(db: SparkScoutDb): Record<string, number> {
  const calls: Record<string, number> = {};
  const bump = (key: string) => (calls[key] = (calls[key] ?? 0) + 1);
  watchTables(db, 'count-requests', (name, t) => ({
    get: (req) => (bump(`${name}.get`), t.get(req)),
    getMany: (req) => (bump(`${name}.getMany`), t.getMany(req)),
    query: (req) => (bump(`${name}.query`), t.query(req)),
    openCursor: (req) => (bump(`${name}.openCursor`), t.openCursor(req)),
    count: (req) => (bump(`${name}.count`), t.count(req)),
    mutate: (req) => (bump(`${name}.${req.type}`), t.mutate(req)),
  }));
  return calls;
}

/** Records put per table below Dexie (a bulkPut of 200 counts 200). Call before the first query. */
export function countPutRecords(db: SparkScoutDb): Record<string, number> {
  const puts: Record<string, number> = {};
  watchTables(db, 'count-put-records', (name, t) => ({
    mutate: (req) => {
      if (req.type === 'put') puts[name] = (puts[name] ?? 0) + req.values.length;
      return t.mutate(req);
    },
  }));
  return puts;
}

/** The sum of counted requests. */
export const totalRequests = (calls: Record<string, number>) => Object.values(calls).reduce((a, b) => a + b, 0);

/**
 * How many records each read request of `table` returned (queries with values, in the order they were answered): the
 * work one IndexedDB event hands the page. Call before the first query.
 */
export function recordReadSizes(db: SparkScoutDb, table: string): number[] {
  const sizes: number[] = [];
  db.use({
    stack: 'dbcore',
    name: 'read-sizes',
    create: (down) => ({
      ...down,
      table: (name) => {
        const t = down.table(name);
        if (name !== table) return t;
        return {
          ...t,
          query: (req) =>
            t.query(req).then((res) => {
              if (req.values) sizes.push(res.result.length);
              return res;
            }),
        };
      },
    }),
  });
  return sizes;
}
