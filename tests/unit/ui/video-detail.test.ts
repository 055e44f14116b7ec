import { afterEach, describe, expect, it } from 'vitest';
import { addSnapshot, type SparkScoutDb } from '@/lib/db';
import { loadVideoDetail } from '@/lib/ui/use-video-detail';
import { seededDb } from './helpers';

let db: SparkScoutDb | undefined;
afterEach(() => db?.close());

describe('the detail panel’s data', () => {
  it('joins the entry, its full record, its score and its stats history, oldest first', async () => {
    const seeded = await seededDb(3);
    db = seeded.db;
    const entry = seeded.data.entries[1]!;
    const first = seeded.data.snapshots[1]!;
    await addSnapshot(db, { ...first, capturedAt: first.capturedAt + 86_400_000, views: (first.views ?? 0) + 500 });
    const detail = await loadVideoDetail(db, entry.videoId);
    expect(detail.kind).toBe('ready');
    if (detail.kind !== 'ready') return;
    expect(detail.entry.videoId).toBe(entry.videoId);
    expect(detail.video?.id).toBe(entry.videoId);
    expect(detail.score?.objective).toBe(entry.objective);
    expect(detail.snapshots.map((s) => s.capturedAt)).toEqual([first.capturedAt, first.capturedAt + 86_400_000]);
  });

  it('says so when the video is not on the shortlist', async () => {
    ({ db } = await seededDb(1));
    expect(await loadVideoDetail(db, '7999999999999999999')).toEqual({
      kind: 'missing',
      videoId: '7999999999999999999',
    });
  });

  it('gives the reason when the entry no longer reads', async () => {
    ({ db } = await seededDb(1));
    await db.shortlist.put({ videoId: '7000000000000000001', status: 'bogus' } as never);
    const detail = await loadVideoDetail(db, '7000000000000000001');
    expect(detail).toMatchObject({ kind: 'bad', reason: expect.stringContaining('status') });
  });

  it('computes comment insights only for a video with comments', async () => {
    const seeded = await seededDb(1);
    db = seeded.db;
    const id = seeded.data.entries[0]!.videoId;
    const insightsOf = () => ({
      sampleSize: 1,
      positiveShare: 1,
      negativeShare: 0,
      purchaseIntentCount: 0,
      topPurchaseIntent: [],
    });
    expect(await loadVideoDetail(db, id, { insightsOf })).toMatchObject({ kind: 'ready', insights: undefined });
    await db.videos.update(id, {
      comments: [{ id: 'c1', text: 'love it', likes: 3, createdAt: null, language: 'en', isReply: false }],
    });
    expect(await loadVideoDetail(db, id, { insightsOf })).toMatchObject({ kind: 'ready', insights: { sampleSize: 1 } });
  });
});
