import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { buildRows, filterRows, listShortlist, openDb, queryRows, sortRows, type ShortlistRow } from '@/lib/db';
import { seedDb } from '../../fixtures/db/seed';
import { medianMs, type BenchRow, type BenchSuite } from '../types';

const ROWS = 10_000;
const TARGET_MS = 100;

/**
 * The shortlist row model on 10,000 generated records, in Node on fake-indexeddb: how long the dashboard's sort,
 * filter and search take once the rows are in memory. The baseline is a plain Array.sort of the same 10,000
 * scores, measured in the same run. (Reading from fake-indexeddb is far slower than Chromium's IndexedDB, so the
 * load rows are informational; the real-Chromium dashboard bench measures first render.)
 */
const suite: BenchSuite = {
  name: 'db row model (Node, fake-indexeddb)',
  async run() {
    const db = openDb(`bench-${Date.now()}`, { indexedDB, IDBKeyRange });
    const out: BenchRow[] = [];
    try {
      let t0 = performance.now();
      await seedDb(db, ROWS);
      out.push({
        name: `seed ${ROWS} shortlisted videos (writeBundle, one transaction)`,
        value: performance.now() - t0,
        unit: 'ms',
      });

      t0 = performance.now();
      const raws = await db.shortlist.toArray();
      out.push({
        name: `read ${ROWS} shortlist records (fake-indexeddb toArray)`,
        value: performance.now() - t0,
        unit: 'ms',
      });

      const build = medianMs(() => buildRows(raws), 9, 2);
      out.push({ name: `check (zod) and build ${ROWS} rows`, value: build, unit: 'ms' });
      const { rows, bad } = buildRows(raws);
      if (rows.length !== ROWS || bad.length)
        throw new Error(`expected ${ROWS} good rows, got ${rows.length} (+${bad.length} bad)`);

      const scores = rows.map((r) => r.score ?? 0);
      const baseline = {
        name: `Array.sort of ${ROWS} numbers`,
        value: medianMs(() => [...scores].sort((a, b) => b - a), 30),
      };
      const timed = (name: string, fn: () => ShortlistRow[]) => {
        const value = medianMs(fn, 30);
        out.push({ name, value, unit: 'ms', baseline, target: `< ${TARGET_MS} ms`, pass: value < TARGET_MS });
      };
      timed(`sort ${ROWS} rows by score`, () => sortRows(rows, { key: 'score', dir: 'desc' }));
      timed(`sort ${ROWS} rows by engagement`, () => sortRows(rows, { key: 'engagement', dir: 'desc' }));
      timed(`sort ${ROWS} rows by posted date`, () => sortRows(rows, { key: 'postedAt', dir: 'asc' }));
      timed(`filter ${ROWS} rows by status + band`, () =>
        filterRows(rows, { statuses: ['candidate', 'contacted'], bands: ['strong', 'maybe'] }),
      );
      timed(`full-text search ${ROWS} rows ("glow routine")`, () => filterRows(rows, { text: 'glow routine' }));
      timed(`filter + search + sort ${ROWS} rows`, () =>
        queryRows(rows, {
          policy: 'clean',
          eligibility: ['eligible'],
          text: 'review',
          sort: { key: 'views', dir: 'desc' },
        }),
      );

      t0 = performance.now();
      await listShortlist(db, { statuses: ['live'], sort: { key: 'score', dir: 'desc' } });
      out.push({
        name: `listShortlist end to end (read + check + filter + sort)`,
        value: performance.now() - t0,
        unit: 'ms',
      });
    } finally {
      db.close();
      await indexedDB.deleteDatabase(db.name);
    }
    return out;
  },
};
export default suite;
