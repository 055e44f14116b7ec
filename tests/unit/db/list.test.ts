import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import {
  buildRows,
  READ_PAGE,
  readShortlistPages,
  creatorSummary,
  getShortlistState,
  listShortlist,
  loadRows,
  recentShortlist,
  shortlistVideo,
  updateEntries,
  writeBundle,
  type SparkScoutDb,
} from '@/lib/db';
import { generateShortlist, makeScore, makeVideo } from '../../fixtures/db/generate';
import { freshDb, recordReadSizes } from './helpers';

let db: SparkScoutDb;
afterEach(() => db?.close());

describe('listShortlist', () => {
  it('returns every generated entry as a row, filtered and sorted as asked', async () => {
    db = freshDb();
    const data = generateShortlist(200, 7);
    await writeBundle(db, data);
    const all = await listShortlist(db);
    expect(all.total).toBe(200);
    expect(all.bad).toEqual([]);
    const live = await listShortlist(db, { statuses: ['live'], sort: { key: 'views', dir: 'desc' } });
    const expected = data.entries.filter((e) => e.status === 'live');
    expect(live.rows.map((r) => r.videoId).sort()).toEqual(expected.map((e) => e.videoId).sort());
    const views = live.rows.map((r) => r.views!);
    expect(views).toEqual([...views].sort((a, b) => b - a));
  });

  it('shows a corrupt record as one bad row with a reason while the others still list', async () => {
    db = freshDb();
    await writeBundle(db, generateShortlist(5, 3));
    const good = await listShortlist(db);
    const victim = good.rows[2]!.videoId;
    // What an old bug or a hand-edited import could leave behind: a status no version ever had.
    const raw = (await db.shortlist.get(victim))!;
    await db.shortlist.put({ ...raw, status: 'archived' as never });

    const res = await listShortlist(db);
    expect(res.rows).toHaveLength(4);
    expect(res.rows.map((r) => r.videoId)).not.toContain(victim);
    expect(res.bad).toEqual([
      {
        ok: false,
        id: victim,
        reason:
          'status: Invalid option: expected one of "candidate"|"contacted"|"code-received"|"live"|"expired"|"rejected"',
      },
    ]);
    // Bad rows are never filtered away: they are what needs fixing.
    expect((await listShortlist(db, { statuses: ['live'], text: 'zzz-no-match' })).bad).toHaveLength(1);
    expect(await getShortlistState(db, victim)).toMatchObject({ shortlisted: true, entry: null });
    expect((await getShortlistState(db, victim)).problem).toMatch(/^status: /);
  });

  it('lists a record that is not even an object as a bad row', async () => {
    db = freshDb();
    await writeBundle(db, generateShortlist(2, 3));
    await db.shortlist.put({ videoId: '123', summary: 'garbage' } as never);
    const { rows, bad } = await loadRows(db);
    expect(rows).toHaveLength(2);
    expect(bad).toHaveLength(1);
    expect(bad[0]?.id).toBe('123');
    expect(bad[0]?.reason).toContain('expected');
  });
});

describe('readShortlistPages', () => {
  it('gives every record once, in the order of one toArray, with where each page starts in the whole read', async () => {
    db = freshDb();
    await writeBundle(db, generateShortlist(2 * READ_PAGE + 7, 5));
    const pages: Array<{ ids: string[]; offset: number }> = [];
    await readShortlistPages(db, (raws, offset) =>
      pages.push({ ids: raws.map((r) => (r as { videoId: string }).videoId), offset }),
    );
    expect(pages.map((p) => [p.ids.length, p.offset])).toEqual([
      [READ_PAGE, 0],
      [READ_PAGE, READ_PAGE],
      [7, 2 * READ_PAGE],
    ]);
    expect(pages.flatMap((p) => p.ids)).toEqual((await db.shortlist.toArray()).map((r) => r.videoId));
  });

  it('reads an empty table as no page, and a table of whole pages with no empty page after them', async () => {
    db = freshDb();
    const sizes: number[] = [];
    await readShortlistPages(db, (raws) => sizes.push(raws.length));
    expect(sizes).toEqual([]);
    await writeBundle(db, generateShortlist(2 * READ_PAGE, 5));
    await readShortlistPages(db, (raws) => sizes.push(raws.length));
    expect(sizes).toEqual([READ_PAGE, READ_PAGE]);
  });

  it('shows one state of the table: a write made during the read lands after its last page', async () => {
    db = freshDb();
    await writeBundle(db, generateShortlist(2 * READ_PAGE + 7, 5));
    const notes: string[] = [];
    let write: Promise<unknown> | undefined;
    await readShortlistPages(db, (raws) => {
      notes.push(...raws.map((r) => (r as { note: string }).note));
      // Started outside the read's transaction, as another tab's or the background's write would be.
      write ??= Dexie.ignoreTransaction(() => db.shortlist.toCollection().modify({ note: 'changed' }));
    });
    expect(notes.filter((n) => n === 'changed')).toEqual([]);
    await write;
    expect((await db.shortlist.toArray()).every((r) => r.note === 'changed')).toBe(true);
  });
});

describe('loadRows', () => {
  it(`reads ${READ_PAGE} records per request and gives the rows one read would, bad ones named as before`, async () => {
    db = freshDb();
    // How many records each read request returned.
    const sizes = recordReadSizes(db, 'shortlist');
    await writeBundle(db, generateShortlist(2 * READ_PAGE + 30, 9));
    const ids = (await db.shortlist.toCollection().primaryKeys()) as string[];
    // Broken records in two pages, and one whose array key is no usable id (it sorts after every string: last).
    await db.shortlist.update(ids[3]!, { status: 'bogus' as never });
    await db.shortlist.update(ids[READ_PAGE + 3]!, { status: 'bogus' as never });
    await db.shortlist.put({ videoId: [7], note: 'no usable id' } as never);
    const whole = buildRows(await db.shortlist.toArray());
    sizes.length = 0;
    const model = await loadRows(db);
    expect(model).toEqual(whole);
    expect(model.rows).toHaveLength(2 * READ_PAGE + 28);
    expect(model.bad.map((b) => b.id)).toEqual([ids[3], ids[READ_PAGE + 3], `#${2 * READ_PAGE + 30}`]);
    expect(sizes).toEqual([READ_PAGE, READ_PAGE, 31]);
  });
});

describe('recentShortlist', () => {
  it('returns the newest shortlisted first, up to the limit', async () => {
    db = freshDb();
    const data = generateShortlist(50, 11);
    await writeBundle(db, data);
    const { rows } = await recentShortlist(db, 10);
    const newest = [...data.entries].sort((a, b) => b.shortlistedAt - a.shortlistedAt).slice(0, 10);
    expect(rows.map((r) => r.shortlistedAt)).toEqual(newest.map((e) => e.shortlistedAt));
  });
});

describe('creatorSummary', () => {
  it('groups by creator with count, best score and total views, and warns on a single live video', async () => {
    db = freshDb();
    const vids = [0, 1, 2].map((i) => makeVideo(300 + i, undefined, undefined, 'duo'));
    const solo = makeVideo(310, undefined, undefined, 'solo');
    for (const [i, v] of [...vids, solo].entries()) {
      await shortlistVideo(db, {
        video: v,
        score: { ...makeScore(v, 'awareness'), total: 40 + i * 10, band: 'maybe' },
      });
    }
    await updateEntries(db, [vids[0]!.id, vids[1]!.id], { status: 'live' });
    await updateEntries(db, [solo.id], { status: 'live' });
    const { creators, bad } = await creatorSummary(db);
    expect(bad).toEqual([]);
    expect(creators.map((c) => c.handle)).toEqual(['solo', 'duo']);
    const duo = creators[1]!;
    expect(duo).toMatchObject({ shortlisted: 3, bestScore: 60, warning: null });
    expect(duo.totalViews).toBe(vids.reduce((n, v) => n + v.stats.views!.value, 0));
    expect(creators[0]).toMatchObject({ shortlisted: 1, bestScore: 70, liveVideoIds: [solo.id] });
    expect(creators[0]!.warning).toMatch(/single video/);
  });
});
