import { afterEach, describe, expect, it } from 'vitest';
import { dumpTables, listShortlist, type SparkScoutDb } from '@/lib/db';
import { writeBundle, type BundleProgress } from '@/lib/db/bundle';
import { InvalidInputError } from '@/lib/db/validate';
import { generateShortlist, makeEntry, makeScore, makeVideo } from '../../fixtures/db/generate';
import { countPutRecords, countRequests, freshDb } from './helpers';

let db: SparkScoutDb;
afterEach(() => db?.close());

/** Everything the database holds, derived tables included, for "nothing changed" checks. */
async function everything(target: SparkScoutDb) {
  return {
    tables: await dumpTables(target),
    shortlist: await target.shortlist.toArray(),
    creators: await target.creators.toArray(),
  };
}

describe('writeBundle', () => {
  it('writes each record once and reads none of them back, into an empty profile', async () => {
    db = freshDb();
    const calls = countRequests(db);
    const puts = countPutRecords(db);
    const data = generateShortlist(450, 3);
    await writeBundle(db, data);
    // Before: every entry was put with an empty summary, then read back with its video and score and put again.
    expect(puts.shortlist).toBe(450);
    expect(puts.videos).toBe(450);
    expect(calls['videos.getMany'] ?? 0).toBe(0);
    expect(calls['scores.getMany'] ?? 0).toBe(0);
    expect(calls['shortlist.getMany'] ?? 0).toBe(0);
    const { rows } = await listShortlist(db, { sort: { key: 'score', dir: 'desc' } });
    expect(rows).toHaveLength(450);
    const byId = new Map(data.scores.map((s) => [s.videoId, s.total]));
    expect(rows.every((r) => r.score === byId.get(r.videoId))).toBe(true);
  });

  it('reports its progress in videos, slice by slice, from 0 to all of them', async () => {
    db = freshDb();
    const seen: BundleProgress[] = [];
    await writeBundle(db, generateShortlist(450, 4), { onProgress: (p) => seen.push(p) });
    expect(seen[0]).toEqual({ done: 0, total: 450 });
    expect(seen.at(-1)).toEqual({ done: 450, total: 450 });
    const done = seen.map((p) => p.done);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(new Set(done).size).toBeGreaterThan(2);
  });

  it('writes nothing when a record of the last slice is invalid, after earlier slices were handed to IndexedDB', async () => {
    db = freshDb();
    await writeBundle(db, generateShortlist(20, 5));
    const before = await everything(db);
    const data = generateShortlist(450, 6);
    data.entries[449] = { ...data.entries[449]!, status: 'bogus' as never };
    const seen: BundleProgress[] = [];
    await expect(writeBundle(db, data, { onProgress: (p) => seen.push(p) })).rejects.toThrow(InvalidInputError);
    // Slices were written before the bad one was checked; the transaction took them back.
    expect(seen.some((p) => p.done > 0)).toBe(true);
    expect(await everything(db)).toEqual(before);
  });

  it('writes nothing when a write of the last slice fails', async () => {
    db = freshDb();
    await writeBundle(db, generateShortlist(20, 5));
    const before = await everything(db);
    const data = generateShortlist(450, 7);
    const last = data.videos[449]!.id;
    db.videos.hook('creating', (key) => {
      if (key === last) throw new Error('disk full');
    });
    await expect(writeBundle(db, data)).rejects.toThrow('disk full');
    expect(await everything(db)).toEqual(before);
  });

  it('summarizes a written entry with the stored video and score, and a stored entry with a written video', async () => {
    db = freshDb();
    const [a, b] = [makeVideo(1), makeVideo(2)];
    await writeBundle(db, {
      videos: [a, b],
      scores: [makeScore(a, 'awareness'), makeScore(b, 'awareness')],
      entries: [{ ...makeEntry(b, 'awareness'), note: 'kept' }],
    });
    // A's entry arrives alone (a CSV row for a video already here); B's video alone (a fresher reading).
    const fresher = { ...b, stats: { ...b.stats, views: { ...b.stats.views!, value: 999_999 } } };
    await writeBundle(db, { entries: [makeEntry(a, 'awareness')] });
    await writeBundle(db, { videos: [fresher] });
    const rows = new Map((await listShortlist(db)).rows.map((r) => [r.videoId, r]));
    expect(rows.get(a.id)).toMatchObject({ views: a.stats.views!.value, score: makeScore(a, 'awareness').total });
    expect(rows.get(b.id)).toMatchObject({ views: 999_999, note: 'kept', score: makeScore(b, 'awareness').total });
  });

  it('recounts the creator an entry leaves when its video now reads under another handle', async () => {
    db = freshDb();
    const before = makeVideo(3, undefined, undefined, 'old_handle');
    await writeBundle(db, {
      videos: [before],
      scores: [makeScore(before, 'awareness')],
      entries: [makeEntry(before, 'awareness')],
    });
    const renamed = makeVideo(3, undefined, undefined, 'new_handle');
    await writeBundle(db, { videos: [renamed], entries: [makeEntry(renamed, 'awareness')] });
    expect((await db.creators.toArray()).map((c) => c.handle)).toEqual(['new_handle']);
    // The same when the caller passes the stored entry it just read (a restore): it is not read again.
    const back = makeVideo(3, undefined, undefined, 'old_handle');
    const stored = (await db.shortlist.get(back.id))!;
    await writeBundle(
      db,
      { videos: [back], entries: [makeEntry(back, 'awareness')] },
      { storedEntries: new Map([[back.id, stored]]) },
    );
    expect((await db.creators.toArray()).map((c) => c.handle)).toEqual(['old_handle']);
  });
});
