import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  deleteEntries,
  getScores,
  getVideo,
  loadRows,
  rebuildCreators,
  refreshSummaries,
  upsertVideo,
  type SparkScoutDb,
} from '@/lib/db';
import { rescoreMany, SCORING_VERSION } from '@/lib/scoring';
import type { Objective } from '@/lib/schemas/score';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { countBands, rescoreAll } from '@/lib/ui/rescore';
import { seededDb } from './helpers';

let db: SparkScoutDb | undefined;
afterEach(() => db?.close());

const NOW = Date.UTC(2026, 6, 1);

/** Runs `during` after the first chunk was read and before the next one is: a write while Rescore all runs. */
function writeWhileRunning(d: SparkScoutDb, during: () => Promise<unknown>): void {
  const bulkGet = d.videos.bulkGet.bind(d.videos);
  let calls = 0;
  vi.spyOn(d.videos, 'bulkGet').mockImplementation((async (keys: string[]) => {
    calls += 1;
    if (calls === 2) await during();
    return bulkGet(keys);
  }) as typeof d.videos.bulkGet);
}

describe('"Rescore all"', () => {
  it('scores every video again for its own objective and saves the new scores', async () => {
    const seeded = await seededDb(40);
    db = seeded.db;
    const outcome = await rescoreAll(db, { settings: DEFAULT_SETTINGS, now: NOW, chunk: 7 });
    expect(outcome.rescored).toBe(40);
    expect(outcome.skipped).toBe(0);
    for (const e of seeded.data.entries.slice(0, 5)) {
      const { scores } = await getScores(db, e.videoId);
      const own = scores.find((s) => s.objective === e.objective)!;
      expect(own).toMatchObject({ scoringVersion: SCORING_VERSION, scoredAt: NOW });
    }
    const { rows } = await loadRows(db);
    expect(countBands(rows.map((r) => r.band))).toEqual(outcome.after);
  });

  // 400 videos have more than 50 creators: the totals are then rebuilt from the records just written (derived.ts).
  it.each([30, 400])('saves the same table summaries and creator totals as recomputing them (%i videos)', async (n) => {
    const seeded = await seededDb(n);
    db = seeded.db;
    // One entry switched objective: its summary must follow the entry's objective, not a stale one.
    await db.shortlist.update(seeded.data.entries[0]!.videoId, { objective: 'conversion' });
    await rescoreAll(db, { settings: DEFAULT_SETTINGS, now: NOW, chunk: 7 });
    const fast = { shortlist: await db.shortlist.toArray(), creators: await db.creators.toArray() };
    if (n > 30) expect(fast.creators.length).toBeGreaterThan(50);
    await db.transaction('rw', [db.shortlist, db.videos, db.scores, db.creators], async () => {
      await refreshSummaries(
        db!,
        fast.shortlist.map((r) => r.videoId),
      );
      // From the table as stored, not from the records refreshSummaries just wrote.
      await rebuildCreators(db!);
    });
    const byId = <T extends { videoId?: string; handle?: string }>(xs: T[]) =>
      [...xs].sort((a, b) => String(a.videoId ?? a.handle).localeCompare(String(b.videoId ?? b.handle)));
    expect(byId(await db.shortlist.toArray())).toEqual(byId(fast.shortlist));
    const totals = (xs: Array<{ updatedAt?: number }>) => xs.map(({ updatedAt: _, ...rest }) => rest);
    expect(totals(byId(await db.creators.toArray()))).toEqual(totals(byId(fast.creators)));
  });

  it('counts the bands before and after', async () => {
    const seeded = await seededDb(25);
    db = seeded.db;
    const before = countBands((await loadRows(db)).rows.map((r) => r.band));
    const outcome = await rescoreAll(db, { settings: DEFAULT_SETTINGS, now: NOW });
    expect(outcome.before).toEqual(before);
    expect(Object.values(outcome.after).reduce((a, b) => a + b, 0)).toBe(25);
  });

  it('gives the same scores as lib/scoring’s rescoreMany when every entry has one objective', async () => {
    const seeded = await seededDb(30);
    db = seeded.db;
    const objective: Objective = 'awareness';
    await db.shortlist.toCollection().modify({ objective });
    await rescoreAll(db, { settings: DEFAULT_SETTINGS, now: NOW, chunk: 4 });
    const expected = rescoreMany(seeded.data.videos, { objective, settings: DEFAULT_SETTINGS, now: NOW });
    for (const want of expected) {
      const { scores } = await getScores(db, want.videoId);
      expect(scores.find((s) => s.objective === objective)).toEqual(want);
    }
  });

  it('reports progress after each chunk, ending at the total', async () => {
    ({ db } = await seededDb(10));
    const onProgress = vi.fn();
    await rescoreAll(db, { settings: DEFAULT_SETTINGS, now: NOW, chunk: 4, onProgress });
    expect(onProgress.mock.calls).toEqual([
      [4, 10],
      [8, 10],
      [10, 10],
    ]);
  });

  it('keeps the old score of a video whose full record is missing, and says how many', async () => {
    const seeded = await seededDb(6);
    db = seeded.db;
    const gone = seeded.data.entries[0]!.videoId;
    await db.videos.delete(gone);
    const outcome = await rescoreAll(db, { settings: DEFAULT_SETTINGS, now: NOW });
    expect(outcome).toMatchObject({ rescored: 5, skipped: 1 });
    const { scores } = await getScores(db, gone);
    expect(scores.every((s) => s.scoredAt !== NOW)).toBe(true);
  });

  it('saves nothing when cancelled', async () => {
    const seeded = await seededDb(20);
    db = seeded.db;
    const abort = new AbortController();
    const run = rescoreAll(db, {
      settings: DEFAULT_SETTINGS,
      now: NOW,
      chunk: 5,
      signal: abort.signal,
      onProgress: () => abort.abort(),
    });
    await expect(run).rejects.toThrow();
    const { scores } = await getScores(db, seeded.data.entries[0]!.videoId);
    expect(scores.every((s) => s.scoredAt !== NOW)).toBe(true);
  });

  it('gives no score back to a video deleted while it runs', async () => {
    ({ db } = await seededDb(4));
    const gone = (await loadRows(db)).rows[0]!.videoId;
    writeWhileRunning(db, () => deleteEntries(db!, [gone]));
    await rescoreAll(db, { settings: DEFAULT_SETTINGS, now: NOW, chunk: 1 });
    expect(await db.shortlist.get(gone)).toBeUndefined();
    // deleteEntries removed every score of the video; one written back would linger (in backups too).
    expect((await getScores(db, gone)).scores).toEqual([]);
    expect(await db.scores.count()).toBeGreaterThan(0);
  });

  it('keeps a fresher reading saved while it runs in the table summary and the creator totals', async () => {
    ({ db } = await seededDb(4));
    const id = (await loadRows(db)).rows[0]!.videoId;
    const read = await getVideo(db, id);
    if (!read?.ok) throw new Error('seeded video missing');
    const later = read.value.capturedAt + 3_600_000;
    const views = { value: 99_999_999, exact: true, source: 'statsV2' as const, capturedAt: later };
    const fresh = { ...read.value, capturedAt: later, stats: { ...read.value.stats, views } };
    writeWhileRunning(db, () => upsertVideo(db!, fresh));
    await rescoreAll(db, { settings: DEFAULT_SETTINGS, now: NOW, chunk: 1 });
    const row = (await loadRows(db)).rows.find((r) => r.videoId === id)!;
    expect(row).toMatchObject({ views: 99_999_999, scoredAt: NOW });
    expect((await db.creators.get(row.handle))?.totalViews).toBeGreaterThanOrEqual(99_999_999);
  });

  it('reads no video back while saving when nothing changed meanwhile', async () => {
    ({ db } = await seededDb(12));
    const bulkGet = vi.spyOn(db.videos, 'bulkGet');
    await rescoreAll(db, { settings: DEFAULT_SETTINGS, now: NOW, chunk: 5 });
    // Three chunk reads, then the saving transaction's read of the summaries it could not reuse: none.
    expect(bulkGet.mock.calls.map(([keys]) => keys.length)).toEqual([5, 5, 2, 0]);
  });
});
