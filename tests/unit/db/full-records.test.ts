import { afterEach, describe, expect, it } from 'vitest';
import { dumpTables, listShortlist, loadFullRecords, writeBundle, type SparkScoutDb } from '@/lib/db';
import { generateShortlist } from '../../fixtures/db/generate';
import { freshDb } from './helpers';

const open: SparkScoutDb[] = [];
const db = () => {
  const d = freshDb();
  open.push(d);
  return d;
};
afterEach(() => open.splice(0).forEach((d) => d.close()));

describe('loadFullRecords', () => {
  it('joins entry, video, the score of the entry objective and the current code, in the order asked', async () => {
    const store = db();
    const data = generateShortlist(40, 17);
    await writeBundle(store, data);
    const withCode = data.authorizations[0]!.videoId;
    const ids = [data.entries[5]!.videoId, withCode, '999', data.entries[0]!.videoId];
    const out = await loadFullRecords(store, ids);
    expect(out.map((r) => (r.ok ? r.entry.videoId : r.id))).toEqual([ids[0], ids[1], ids[3]]);
    for (const r of out) {
      if (!r.ok) throw new Error(r.reason);
      expect(r.video?.id).toBe(r.entry.videoId);
      expect(r.score?.objective).toBe(r.entry.objective);
    }
    expect(out[1]).toMatchObject({ authorization: { videoId: withCode, current: true } });
  });
});

describe('dumpTables', () => {
  it('gives back exactly what writeBundle stored, so a backup restores into an empty database unchanged', async () => {
    const source = db();
    await writeBundle(source, generateShortlist(60, 23));
    const dump = await dumpTables(source);
    expect(dump.bad).toEqual([]);
    const target = db();
    await writeBundle(target, dump);
    expect(await dumpTables(target)).toEqual(dump);
    expect((await listShortlist(target)).rows).toEqual((await listShortlist(source)).rows);
  });

  it('lists records that no longer parse by table with their reason', async () => {
    const store = db();
    await writeBundle(store, generateShortlist(3, 2));
    const video = (await store.videos.toArray())[0]!;
    await store.videos.put({ ...video, caption: 42 as never });
    const dump = await dumpTables(store);
    expect(dump.videos).toHaveLength(2);
    expect(dump.bad).toEqual([
      { ok: false, table: 'videos', id: video.id, reason: 'caption: Invalid input: expected string, received number' },
    ]);
  });
});
