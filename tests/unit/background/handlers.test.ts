import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { createHandlers, type HandlerDeps } from '@/lib/background/handlers';
import type { SparkScoutDb } from '@/lib/db';
import type { Authorization } from '@/lib/schemas/authorization';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { makeScore, makeVideo } from '../../fixtures/db/generate';
import { freshDb } from '../db/helpers';

const page = { extensionPage: true };
const tiktok = { extensionPage: false };
const T = Date.UTC(2026, 6, 1);

let db: SparkScoutDb;
let onLedgerChanged: Mock<() => void>;
let handlers: ReturnType<typeof createHandlers>;

beforeEach(() => {
  db = freshDb();
  onLedgerChanged = vi.fn<() => void>();
  const deps: HandlerDeps = { db, loadSettings: async () => ({ settings: null, problem: null }), onLedgerChanged };
  handlers = createHandlers(deps);
});
afterEach(() => db.close());

function auth(over: Partial<Authorization> = {}): Authorization {
  return {
    id: 'a1',
    videoId: '7606836476323597588',
    code: '#c',
    requestedDays: 30,
    grantedDays: 30,
    grantedAt: T,
    expiresAt: T + 30 * 86_400_000,
    campaignEndDate: null,
    adAccount: null,
    status: 'received',
    note: '',
    supersededBy: null,
    current: true,
    createdAt: T,
    updatedAt: T,
    ...over,
  };
}

describe('background handlers', () => {
  it('shortlists from the content script and reports the state the card shows', async () => {
    const video = makeVideo(1);
    const added = await handlers['shortlist:add'](
      { video, score: makeScore(video, 'awareness'), tags: ['ugc'] },
      tiktok,
    );
    expect(added).toMatchObject({ ok: true, data: { created: true, creatorCount: 1, entry: { tags: ['ugc'] } } });
    const state = await handlers['shortlist:state']({ videoId: video.id }, tiktok);
    expect(state).toMatchObject({ ok: true, data: { shortlisted: true, creatorCount: 1 } });
  });

  it('answers a bad payload with a typed error naming the field, and writes nothing', async () => {
    const reply = await handlers['shortlist:add']({ video: { id: 'nope' }, score: null }, tiktok);
    expect(reply.ok).toBe(false);
    if (reply.ok) return;
    expect(reply.error.code).toBe('bad-request');
    expect(reply.error.message).toMatch(/^shortlist:add: video\.id: Invalid string/);
    expect(await db.shortlist.count()).toBe(0);
  });

  it('refuses to shortlist a video with the score of another one, leaving that video’s score alone', async () => {
    const a = makeVideo(4);
    const b = makeVideo(5);
    await handlers['shortlist:add']({ video: a, score: { ...makeScore(a, 'awareness'), total: 12 } }, tiktok);
    const reply = await handlers['shortlist:add'](
      { video: b, score: { ...makeScore(a, 'awareness'), total: 99 } },
      tiktok,
    );
    expect(reply).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    if (reply.ok) return;
    expect(reply.error.message).toBe(`shortlist:add: Invalid score: its videoId ${a.id} is not the video's id ${b.id}`);
    expect((await db.scores.get([a.id, 'awareness']))?.total).toBe(12);
    expect(await db.shortlist.get(b.id)).toBeUndefined();
  });

  it('answers payloads that are not even objects without throwing', async () => {
    for (const data of [undefined, null, 42, 'x', [], { ids: 'all' }]) {
      const reply = await handlers['shortlist:delete'](data, page);
      expect(reply).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    }
  });

  it('keeps authorization codes and bulk edits away from content scripts', async () => {
    await handlers['authorization:add'](auth(), page);
    for (const [type, data] of [
      ['authorization:list', {}],
      ['authorization:for-video', { videoId: '7606836476323597588' }],
      ['shortlist:delete', { ids: ['1'] }],
      ['shortlist:list', {}],
      // The card's score is saved with its video by shortlist:add; the content script never saves scores alone.
      ['score:save', { scores: [] }],
      // Nor does it read the settings (it is scored in the background).
      ['settings:get', undefined],
    ] as const) {
      const reply = await handlers[type](data, tiktok);
      expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect((await handlers['authorization:list']({}, page)).ok).toBe(true);
  });

  it('re-syncs reminders after every change to the ledger, and only then', async () => {
    await handlers['authorization:add'](auth(), page);
    await handlers['authorization:update']({ id: 'a1', patch: { status: 'in-use' } }, page);
    await handlers['authorization:list']({}, page);
    expect(onLedgerChanged).toHaveBeenCalledTimes(2);
    await handlers['authorization:delete']({ id: 'a1' }, page);
    expect(onLedgerChanged).toHaveBeenCalledTimes(3);
    await handlers['ledger:changed'](undefined, page);
    expect(onLedgerChanged).toHaveBeenCalledTimes(4);
  });

  it('says not-found for a code that does not exist', async () => {
    expect(await handlers['authorization:update']({ id: 'ghost', patch: { note: 'x' } }, page)).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(await handlers['authorization:delete']({ id: 'ghost' }, page)).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(onLedgerChanged).not.toHaveBeenCalled();
  });

  it('turns a write the schema refuses into bad-request and a storage failure into failed', async () => {
    await handlers['authorization:add'](auth(), page);
    const dup = await handlers['authorization:add'](auth(), page);
    expect(dup).toMatchObject({ ok: false, error: { code: 'failed' } });
    const expiredWithoutDays = await handlers['authorization:update']({ id: 'a1', patch: { grantedDays: 0 } }, page);
    expect(expiredWithoutDays).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });

  it("scores a video for the card under every objective and names the settings' objective for the card to open on", async () => {
    const video = makeVideo(3);
    const withDefaults = await handlers['score:compute']({ video }, tiktok);
    expect(withDefaults).toMatchObject({ ok: true, data: { objective: DEFAULT_SETTINGS.objective } });
    const conversion = createHandlers({
      db,
      loadSettings: async () => ({ settings: { ...DEFAULT_SETTINGS, objective: 'conversion' }, problem: null }),
      onLedgerChanged,
    });
    const reply = await conversion['score:compute']({ video }, tiktok);
    if (!reply.ok) throw new Error(reply.error.message);
    expect(reply.data.objective).toBe('conversion');
    expect(Object.keys(reply.data.results).sort()).toEqual(['awareness', 'consideration', 'conversion']);
  });

  it('records a snapshot only for a shortlisted video', async () => {
    const video = makeVideo(2);
    expect(await handlers['video:snapshot']({ video }, tiktok)).toEqual({
      ok: true,
      data: { recorded: false, snapshot: null },
    });
    await handlers['shortlist:add']({ video, score: null, objective: 'awareness' }, tiktok);
    const later = {
      ...video,
      stats: {
        ...video.stats,
        views: {
          ...video.stats.views!,
          value: video.stats.views!.value + 500,
          capturedAt: video.capturedAt + 3_600_000,
        },
      },
    };
    const reply = await handlers['video:snapshot']({ video: later }, tiktok);
    expect(reply).toMatchObject({
      ok: true,
      data: { recorded: true, snapshot: { views: video.stats.views!.value + 500 } },
    });
    expect(await db.snapshots.count()).toBe(2);
  });

  it('deletes and undoes through messages, the payload making the round trip', async () => {
    const video = makeVideo(3);
    await handlers['shortlist:add']({ video, score: makeScore(video, 'awareness') }, tiktok);
    const del = await handlers['shortlist:delete']({ ids: [video.id] }, page);
    if (!del.ok) throw new Error(del.error.message);
    expect(await db.shortlist.count()).toBe(0);
    const undo = await handlers['shortlist:undo'](JSON.parse(JSON.stringify(del.data)), page);
    expect(undo).toEqual({ ok: true, data: { restored: [video.id], skipped: [] } });
    expect(onLedgerChanged).toHaveBeenCalledTimes(2);
  });

  it('lists, counts and summarizes for the popup and dashboard', async () => {
    for (const i of [10, 11, 12]) {
      const video = makeVideo(i, undefined, undefined, 'same');
      await handlers['shortlist:add']({ video, score: makeScore(video, 'awareness') }, tiktok);
    }
    const list = await handlers['shortlist:list']({ creator: '@same', sort: { key: 'views', dir: 'asc' } }, page);
    expect(list.ok && list.data.rows.length).toBe(3);
    expect(await handlers['shortlist:counts'](undefined, page)).toMatchObject({ ok: true, data: { candidate: 3 } });
    expect(await handlers['creators:summary'](undefined, page)).toMatchObject({
      ok: true,
      data: { creators: [{ handle: 'same', shortlisted: 3 }] },
    });
    expect(await handlers['shortlist:list']({ sort: { key: 'bogus', dir: 'asc' } }, page)).toMatchObject({
      ok: false,
      error: { code: 'bad-request' },
    });
  });
});
