import { afterEach, describe, expect, it, vi } from 'vitest';
import { getScores, loadRows, refreshSummaries, type SparkScoutDb } from '@/lib/db';
import { rescoreMany, SCORING_VERSION } from '@/lib/scoring';
import type { Objective } from '@/lib/schemas/score';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { countBands, rescoreAll } from '@/lib/ui/rescore';
import { seededDb } from './helpers';

let db: SparkScoutDb | undefined;
afterEach(() => db?.close());

const NOW = Date.UTC(2026, 6, 1);

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

  it('saves the same table summaries and creator totals as recomputing them from the stored records', async () => {
    const seeded = await seededDb(30);
    db = seeded.db;
    // One entry switched objective: its summary must follow the entry's objective, not a stale one.
    await db.shortlist.update(seeded.data.entries[0]!.videoId, { objective: 'conversion' });
    await rescoreAll(db, { settings: DEFAULT_SETTINGS, now: NOW, chunk: 7 });
    const fast = { shortlist: await db.shortlist.toArray(), creators: await db.creators.toArray() };
    await db.transaction('rw', [db.shortlist, db.videos, db.scores, db.creators], () =>
      refreshSummaries(
        db!,
        fast.shortlist.map((r) => r.videoId),
      ),
    );
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
});
