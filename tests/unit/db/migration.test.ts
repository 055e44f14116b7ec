import { afterEach, describe, expect, it } from 'vitest';
import { LATEST_VERSION, listShortlist, openDb, shortlistVideo, type SparkScoutDb } from '@/lib/db';
import fixture from '../../fixtures/db/v1.json';
import { makeScore, makeVideo } from '../../fixtures/db/generate';
import { freshDb } from './helpers';

type Tables = Record<string, unknown[]>;
const open: SparkScoutDb[] = [];
afterEach(() => open.splice(0).forEach((db) => db.close()));

/** Writes a previous version's fixture into a database opened at that version, then closes it. */
async function loadFixture(version: number, tables: Tables): Promise<string> {
  const old = freshDb({ version });
  await old.open();
  expect(old.verno).toBe(version);
  await old.transaction('rw', old.tables, async () => {
    for (const [name, rows] of Object.entries(tables)) await old.table(name).bulkAdd(rows);
  });
  old.close();
  return old.name;
}

function reopen(name: string): SparkScoutDb {
  const db = openDb(name);
  open.push(db);
  return db;
}

const v1 = fixture.tables as unknown as Tables;

describe('migration from v1', () => {
  it('opens a v1 database at the latest version with every record kept', async () => {
    const db = reopen(await loadFixture(1, v1));
    await db.open();
    expect(db.verno).toBe(LATEST_VERSION);
    const byId = (a: unknown, b: unknown) => ((a as { id: string }).id < (b as { id: string }).id ? -1 : 1);
    expect(await db.videos.toArray()).toEqual([...v1.videos!].sort(byId));
    expect(await db.snapshots.count()).toBe(v1.snapshots!.length);
    expect(await db.scores.count()).toBe(v1.scores!.length);
    expect(await db.authorizations.toArray()).toEqual(v1.authorizations);
  });

  it('gives each v1 entry a summary of its video and of the score for its own objective', async () => {
    const db = reopen(await loadFixture(1, v1));
    const { rows, bad } = await listShortlist(db, { sort: { key: 'views', dir: 'desc' } });
    expect(bad).toEqual([]);
    expect(rows.map((r) => r.videoId)).toEqual(['7498337886933191943', '7513039993741397256', '7606836476323597588']);
    const [canal, train, jarvis] = rows;
    // Real counts from the captured samples, carried over unchanged.
    expect(jarvis).toMatchObject({
      handle: 'w..corporation',
      views: 317_100,
      likes: 32_700,
      saves: 4768,
      status: 'live',
      tags: ['ia', 'hero'],
    });
    expect(jarvis!.engagementRatePct).toBeCloseTo(12.41, 2);
    // jarvis has awareness and conversion scores; its entry is awareness.
    expect(jarvis).toMatchObject({ objective: 'awareness', score: 74.5, band: 'strong', eligibility: 'eligible' });
    // train only has an awareness score but the entry is consideration: no score until a rescore.
    expect(train).toMatchObject({ objective: 'consideration', score: null, band: null });
    expect(canal).toMatchObject({ score: 44, band: 'weak', policyCategories: ['political'], eligibility: 'at-risk' });
    expect(canal!.caption).toBe('新中国第一条运河太震撼了#china #大国基建 ');
  });

  it('rebuilds creator totals from the migrated entries', async () => {
    const db = reopen(await loadFixture(1, v1));
    const zg = await db.creators.get('zg.520');
    expect(zg).toMatchObject({ shortlisted: 2, totalViews: 16_100_000, bestScore: 44, liveVideoIds: [] });
    expect((await db.creators.get('w..corporation'))?.liveVideoIds).toEqual(['7606836476323597588']);
  });

  it('still opens when a v1 entry is corrupt or its video is missing, and shows that entry as one bad row', async () => {
    const shortlist = [...v1.shortlist!] as Array<Record<string, unknown>>;
    shortlist[1] = { ...shortlist[1], status: 42 };
    const videos = v1.videos!.filter((v) => (v as { id: string }).id !== '7498337886933191943');
    const db = reopen(await loadFixture(1, { ...v1, shortlist, videos }));
    const { rows, bad } = await listShortlist(db);
    expect(bad).toHaveLength(1);
    expect(bad[0]).toMatchObject({ id: '7513039993741397256' });
    expect(bad[0]!.reason).toMatch(/^status: /);
    const orphan = rows.find((r) => r.videoId === '7498337886933191943');
    expect(orphan).toMatchObject({
      url: 'https://www.tiktok.com/@zg.520/video/7498337886933191943',
      views: null,
      score: null,
    });
  });

  it('works normally after the upgrade', async () => {
    const db = reopen(await loadFixture(1, v1));
    const video = makeVideo(1, undefined, undefined, 'zg.520');
    const res = await shortlistVideo(db, { video, score: makeScore(video, 'awareness') });
    expect(res.creatorCount).toBe(3);
  });
});

describe('every migration', () => {
  it('is numbered in order with a fixture for each version that has a successor', async () => {
    const { MIGRATIONS } = await import('@/lib/db/migrations');
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    const fixtures = import.meta.glob('../../fixtures/db/v*.json');
    for (const m of MIGRATIONS.slice(0, -1))
      expect(Object.keys(fixtures)).toContain(`../../fixtures/db/v${m.version}.json`);
  });

  it('keeps every record when an older build opens the upgraded database', async () => {
    const name = await loadFixture(1, v1);
    const latest = reopen(name);
    await latest.open();
    const rows = await latest.shortlist.toArray();
    latest.close();
    // Dexie 4 opens a newer database from an older build without deleting anything (no VersionError, no wipe).
    const older = openDb(name, { version: 1 });
    open.push(older);
    await older.open();
    expect(await older.table('shortlist').toArray()).toEqual(rows);
  });
});
