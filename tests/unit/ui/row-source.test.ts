import { RangeSet } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { buildRows, READ_PAGE, updateEntries, writeBundle, type RowModel, type SparkScoutDb } from '@/lib/db';
import { changedKeys, createRowSource, PREVIEW_ROWS } from '@/lib/ui/row-source';
import { generateShortlist } from '../../fixtures/db/generate';
import { recordReadSizes } from '../db/helpers';
import { freshDb, seededDb, until } from './helpers';

let db: SparkScoutDb | undefined;
afterEach(() => db?.close());

/** Subscribes and waits for the first snapshot; returns the source and a way to read the latest one. */
async function watch(source: ReturnType<typeof createRowSource>) {
  let calls = 0;
  const unsubscribe = source.subscribe(() => calls++);
  await until(() => source.getSnapshot() !== undefined);
  return { unsubscribe, calls: () => calls, model: () => source.getSnapshot() as RowModel };
}

describe('changed keys of a Dexie mutation', () => {
  it('lists single keys', () => {
    expect(changedKeys(new RangeSet().addKeys(['b', 'a']))?.sort()).toEqual(['a', 'b']);
  });
  it('gives up on a range (a clear or a large bulk write): everything is reloaded', () => {
    expect(changedKeys(new RangeSet('a', 'z'))).toBeNull();
  });
  it('reads a tree that crossed a BroadcastChannel as plain objects', () => {
    const plain = structuredClone({ ...new RangeSet().addKeys(['x', 'y', 'z']) });
    expect(changedKeys(plain)?.sort()).toEqual(['x', 'y', 'z']);
  });
});

describe('the live row source', () => {
  it('reads the whole shortlist once when first watched', async () => {
    ({ db } = await seededDb(40));
    const { model, unsubscribe } = await watch(createRowSource(db));
    expect(model().rows).toHaveLength(40);
    expect(model().bad).toEqual([]);
    unsubscribe();
  });

  it('re-reads only the edited record after a status change', async () => {
    const seeded = await seededDb(40);
    db = seeded.db;
    const source = createRowSource(db);
    const { model, unsubscribe } = await watch(source);
    const first = model();
    const id = seeded.data.entries[3]!.videoId;
    const other = first.rows.find((r) => r.videoId !== id)!;
    const status = first.rows.find((r) => r.videoId === id)!.status === 'live' ? 'rejected' : 'live';
    await updateEntries(db, [id], { status });
    await until(() => model() !== first);
    expect(model().rows.find((r) => r.videoId === id)!.status).toBe(status);
    // Untouched rows are the very same objects: they were not read or checked again.
    expect(model().rows.find((r) => r.videoId === other.videoId)).toBe(other);
    expect(model().rows).toHaveLength(40);
    unsubscribe();
  });

  it('drops deleted rows and shows a corrupt record as one bad row with its reason', async () => {
    const seeded = await seededDb(10);
    db = seeded.db;
    const { model, unsubscribe } = await watch(createRowSource(db));
    const before = model();
    const gone = seeded.data.entries[0]!.videoId;
    await db.shortlist.delete(gone);
    await db.shortlist.put({ videoId: '7000000000000000001', status: 'bogus', handle: 'x' } as never);
    await until(() => model().bad.length === 1 && model().rows.length === 9);
    expect(model()).not.toBe(before);
    expect(model().rows.some((r) => r.videoId === gone)).toBe(false);
    expect(model().bad[0]).toMatchObject({ id: '7000000000000000001', reason: expect.stringContaining('status') });
    unsubscribe();
  });

  it('reloads everything after the table is cleared', async () => {
    ({ db } = await seededDb(10));
    const { model, unsubscribe } = await watch(createRowSource(db));
    await db.shortlist.clear();
    await until(() => model().rows.length === 0);
    unsubscribe();
  });

  it('stops listening when the last subscriber leaves', async () => {
    const seeded = await seededDb(5);
    db = seeded.db;
    const source = createRowSource(db);
    const { calls, unsubscribe } = await watch(source);
    unsubscribe();
    const seen = calls();
    await updateEntries(db, [seeded.data.entries[0]!.videoId], { note: 'changed' });
    await new Promise((r) => setTimeout(r, 50));
    expect(calls()).toBe(seen);
  });
});

describe('the first read of a large shortlist', () => {
  it('publishes the newest rows first, then every row', async () => {
    const seeded = await seededDb(PREVIEW_ROWS + 25);
    db = seeded.db;
    const source = createRowSource(db);
    const seen: Array<{ complete: boolean; rows: number; total: number }> = [];
    let firstIds: string[] = [];
    const unsubscribe = source.subscribe(() => {
      const m = source.getSnapshot()!;
      if (seen.length === 0) firstIds = m.rows.map((r) => r.videoId);
      seen.push({ complete: m.complete, rows: m.rows.length, total: m.total });
    });
    await until(() => source.getSnapshot()?.complete === true);
    unsubscribe();
    expect(seen[0]).toEqual({ complete: false, rows: PREVIEW_ROWS, total: PREVIEW_ROWS + 25 });
    expect(seen.at(-1)).toEqual({ complete: true, rows: PREVIEW_ROWS + 25, total: PREVIEW_ROWS + 25 });
    const newest = [...seeded.data.entries].sort((a, b) => b.shortlistedAt - a.shortlistedAt).slice(0, PREVIEW_ROWS);
    expect(firstIds.sort()).toEqual(newest.map((e) => e.videoId).sort());
  });

  it('is complete at once when the shortlist is small', async () => {
    ({ db } = await seededDb(5));
    const { model, unsubscribe } = await watch(createRowSource(db));
    expect(model()).toMatchObject({ complete: true, total: 5 });
    unsubscribe();
  });
});

/** Counts calls of `source`'s listeners; `settled` resolves once none came for `quietMs`. */
function countPublishes(source: ReturnType<typeof createRowSource>) {
  let n = 0;
  let last = Date.now();
  const stop = source.subscribe(() => {
    n++;
    last = Date.now();
  });
  const settled = async (quietMs = 300) => {
    while (Date.now() - last < quietMs) await new Promise((r) => setTimeout(r, 20));
  };
  return { count: () => n, settled, stop };
}

describe('reading again after big writes', () => {
  /** A row source over `n` seeded videos, its whole read done; then its publishes counted. */
  const fullyRead = async (n: number) => {
    ({ db } = await seededDb(n));
    const source = createRowSource(db);
    const { model, unsubscribe } = await watch(source);
    await until(() => source.getSnapshot()?.complete === true && model().rows.length === n);
    return { model, unsubscribe, publishes: countPublishes(source), all: await db.shortlist.toArray() };
  };

  it('collapses bulk writes that land while a whole read runs into one more read', async () => {
    const { model, unsubscribe, publishes, all } = await fullyRead(600);
    // Five bulk writes, each its own transaction and each a range in 'storagemutated' (a whole read each, queued
    // one after another, before).
    await Promise.all([1, 2, 3, 4, 5].map((n) => db!.shortlist.bulkPut(all.map((r) => ({ ...r, note: `edit ${n}` })))));
    await until(() => model().rows.every((r) => r.note === 'edit 5'));
    await publishes.settled();
    expect(publishes.count()).toBeLessThanOrEqual(2);
    expect(model().rows).toHaveLength(600);
    publishes.stop();
    unsubscribe();
  });

  it('reads the keys written during a whole read once, after it', async () => {
    const { model, unsubscribe, publishes, all } = await fullyRead(600);
    const [a, b] = [all[3]!.videoId, all[400]!.videoId];
    await Promise.all([
      db!.shortlist.bulkPut(all.map((r) => ({ ...r, note: 'bulk' }))),
      db!.shortlist.update(a, { note: 'single a' }),
      db!.shortlist.update(b, { note: 'single b' }),
    ]);
    const noteOf = (id: string) => model().rows.find((r) => r.videoId === id)?.note;
    await until(() => noteOf(a) === 'single a' && noteOf(b) === 'single b');
    await publishes.settled();
    // The whole read, then one keyed read for both keys (not one per write).
    expect(publishes.count()).toBeLessThanOrEqual(2);
    expect(model().rows.filter((r) => r.note === 'bulk')).toHaveLength(598);
    publishes.stop();
    unsubscribe();
  });

  it(`reads a big table ${READ_PAGE} records per request, naming id-less records by their place in the whole read`, async () => {
    db = freshDb();
    // The largest number of shortlist records any one read request may return.
    // How many records each read request returned.
    const reads = recordReadSizes(db, 'shortlist');
    await writeBundle(db, generateShortlist(2_500, 7));
    const some = await db.shortlist.limit(20).toArray();
    // A broken record in the first page, and one whose key is not a usable id (an array key sorts after every
    // string, so it is the last record of the read).
    await db.shortlist.put({ ...some[10]!, status: 'bogus' } as never);
    await db.shortlist.put({ videoId: [5], note: 'no usable id' } as never);
    const source = createRowSource(db);
    const { model, unsubscribe } = await watch(source);
    await until(() => source.getSnapshot()?.complete === true);
    expect(model()).toEqual({ ...buildRows(await db.shortlist.toArray()), complete: true, total: 2_501 });
    expect(
      model()
        .bad.map((b) => b.id)
        .sort(),
    ).toEqual(['#2500', some[10]!.videoId].sort());

    // After a bulk write, the whole table is read again, page by page, and only the complete result is shown.
    const sizes: number[] = [];
    const stop = source.subscribe(() => sizes.push(source.getSnapshot()!.rows.length));
    const all = (await db.shortlist.toArray()).filter(
      (r) => typeof r.videoId === 'string' && (r.status as string) !== 'bogus',
    );
    reads.length = 0;
    await db.shortlist.bulkPut(all.map((r) => ({ ...r, note: 'edited' })));
    await until(() => model().rows.every((r) => r.note === 'edited'));
    expect(reads).toEqual([READ_PAGE, READ_PAGE, READ_PAGE, READ_PAGE, READ_PAGE, 1]);
    expect(sizes.length).toBeGreaterThan(0);
    expect(sizes.every((n) => n === 2_499)).toBe(true);
    expect(
      model()
        .bad.map((b) => b.id)
        .sort(),
    ).toEqual(['#2500', some[10]!.videoId].sort());
    stop();
    unsubscribe();
  });
});
