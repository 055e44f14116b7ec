import { afterEach, describe, expect, it } from 'vitest';
import { creatorShortlistCount, getShortlistState, listSnapshots, shortlistVideo, type SparkScoutDb } from '@/lib/db';
import { makeScore, makeVideo } from '../../fixtures/db/generate';
import { clock, freshDb } from './helpers';

let db: SparkScoutDb;
afterEach(() => db?.close());

describe('shortlistVideo', () => {
  it('creates a candidate entry with normalized tags, the note, the score objective and a first snapshot', async () => {
    const c = clock();
    db = freshDb({ now: c.now });
    const video = makeVideo(1);
    const score = makeScore(video, 'conversion');
    const res = await shortlistVideo(db, {
      video,
      score,
      tags: [' #UGC ', 'ugc', 'summer  drop'],
      note: ' ask for a cut ',
    });
    expect(res.created).toBe(true);
    expect(res.creatorCount).toBe(1);
    expect(res.entry).toMatchObject({
      videoId: video.id,
      status: 'candidate',
      tags: ['UGC', 'summer drop'],
      note: 'ask for a cut',
      objective: 'conversion',
      handle: video.author.handle,
      shortlistedAt: c.t,
    });
    const stored = await db.shortlist.get(video.id);
    expect(stored?.summary).toMatchObject({ score: score.total, band: score.band, views: video.stats.views!.value });
    expect((await listSnapshots(db, video.id)).snapshots).toHaveLength(1);
  });

  it('leaves one entry when the same video is shortlisted twice', async () => {
    const c = clock();
    db = freshDb({ now: c.now });
    const video = makeVideo(2);
    const first = await shortlistVideo(db, { video, score: makeScore(video, 'awareness') });
    c.advance(60_000);
    const second = await shortlistVideo(db, { video, score: makeScore(video, 'awareness'), tags: ['hero'] });
    expect(second.created).toBe(false);
    expect(second.entry.shortlistedAt).toBe(first.entry.shortlistedAt);
    expect(second.entry.tags).toEqual(['hero']);
    expect(second.entry.tagsUpdatedAt).toBe(c.t);
    expect(second.entry.noteUpdatedAt).toBe(first.entry.noteUpdatedAt);
    expect(await db.shortlist.count()).toBe(1);
  });

  it('leaves one entry when two callers shortlist the same video at the same moment', async () => {
    db = freshDb();
    const video = makeVideo(3);
    const results = await Promise.all(
      Array.from({ length: 5 }, (_, i) =>
        shortlistVideo(db, { video, score: makeScore(video, 'awareness'), tags: [`tab-${i}`] }),
      ),
    );
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(await db.shortlist.count()).toBe(1);
    // Every caller's tag survived: the writes ran one after another, none overwrote another.
    expect((await db.shortlist.get(video.id))?.tags.sort()).toEqual(['tab-0', 'tab-1', 'tab-2', 'tab-3', 'tab-4']);
    expect(await db.creators.count()).toBe(1);
  });

  it('shortlists a weak or ineligible video with its reasons kept', async () => {
    db = freshDb();
    const video = makeVideo(4);
    const score = { ...makeScore(video, 'awareness'), total: 12, band: 'ineligible' as const };
    score.eligibility = { status: 'ineligible', reasons: [{ code: 'over-10-min', message: 'Longer than 10 minutes' }] };
    await shortlistVideo(db, { video, score });
    expect((await db.scores.get([video.id, 'awareness']))?.eligibility.reasons[0]?.code).toBe('over-10-min');
    expect((await db.shortlist.get(video.id))?.summary).toMatchObject({
      band: 'ineligible',
      eligibility: 'ineligible',
    });
  });

  it('refuses a video record that does not match the contract and writes nothing', async () => {
    db = freshDb();
    const video = { ...makeVideo(5), id: 'not-a-number' };
    await expect(shortlistVideo(db, { video, score: null })).rejects.toThrow(/Invalid video record: id/);
    expect(await db.shortlist.count()).toBe(0);
    expect(await db.videos.count()).toBe(0);
  });

  it('refuses the score of another video (it would replace that video’s score) and writes nothing', async () => {
    db = freshDb();
    const [a, b] = [makeVideo(6), makeVideo(7)];
    await expect(shortlistVideo(db, { video: b, score: makeScore(a, 'awareness') })).rejects.toThrow(
      /Invalid score: its videoId \d+ is not the video's id \d+/,
    );
    expect(await db.shortlist.count()).toBe(0);
    expect(await db.scores.count()).toBe(0);
  });
});

describe('getShortlistState', () => {
  it('says whether a video is shortlisted and how many of the creator’s videos are', async () => {
    db = freshDb();
    const a = makeVideo(10, undefined, undefined, 'same_creator');
    const b = makeVideo(11, undefined, undefined, 'same_creator');
    const other = makeVideo(12, undefined, undefined, 'same_creator');
    await shortlistVideo(db, { video: a, score: makeScore(a, 'awareness') });
    await shortlistVideo(db, { video: b, score: makeScore(b, 'awareness') });
    expect(await getShortlistState(db, a.id)).toMatchObject({ shortlisted: true, creatorCount: 2, problem: null });
    expect(await getShortlistState(db, other.id, 'same_creator')).toEqual({
      shortlisted: false,
      entry: null,
      problem: null,
      creatorCount: 2,
    });
    expect(await creatorShortlistCount(db, '@same_creator')).toBe(2);
  });
});
