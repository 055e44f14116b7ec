import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '@/lib/background/handlers';
import { registerHandlers, senderInfo } from '@/lib/background/register';
import { loadStoredSettings } from '@/lib/background/settings-source';
import { startBackground } from '@/lib/background/start';
import { openDb, type SparkScoutDb } from '@/lib/db';
import { removeAllListeners, request, sendMessage } from '@/lib/messaging';
import type { Settings } from '@/lib/schemas/settings';
import { makeScore, makeVideo } from '../../fixtures/db/generate';
import { freshDb } from '../db/helpers';

let db: SparkScoutDb;
beforeEach(() => {
  fakeBrowser.reset();
  db = freshDb();
});
afterEach(() => {
  removeAllListeners();
  db.close();
});

const weights = { hook: 1, length: 1, comments: 1, evergreen: 1, engagement: 1, native: 1, cta: 1 };
const settings: Settings = {
  version: 1,
  objective: 'consideration',
  weights: { awareness: weights, consideration: weights, conversion: weights },
  brandTerms: ['glow'],
  brandHandles: [],
  targetMarkets: ['eea'],
  industry: 'health-beauty',
  reminderLeadDays: [14, 7, 1],
  includeCodesInExport: false,
};

describe('messages through the (fake) browser runtime', () => {
  it('carries a shortlist request from a content script to the background and the reply back', async () => {
    registerHandlers(createHandlers({ db, loadSettings: loadStoredSettings }));
    const video = makeVideo(1);
    const reply = await sendMessage('shortlist:add', { video, score: makeScore(video, 'conversion') });
    expect(reply).toMatchObject({
      ok: true,
      data: { created: true, entry: { videoId: video.id, objective: 'conversion' } },
    });
    expect(await request('shortlist:state', { videoId: video.id })).toMatchObject({
      shortlisted: true,
      creatorCount: 1,
    });
  });

  it('replies with a typed error to a malformed message instead of crashing the background', async () => {
    registerHandlers(createHandlers({ db, loadSettings: loadStoredSettings }));
    const reply = await (sendMessage as (t: string, d: unknown) => Promise<unknown>)('shortlist:state', {
      videoId: 12,
    });
    expect(reply).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    await expect(request('shortlist:state', { videoId: 'x' } as never)).rejects.toThrow(/videoId/);
    // The background still answers afterwards.
    expect(await request('shortlist:state', { videoId: '1' })).toMatchObject({ shortlisted: false });
  });

  it('tells extension pages from content scripts by the sender URL', () => {
    expect(senderInfo({ url: fakeBrowser.runtime.getURL('/dashboard.html') })).toEqual({ extensionPage: true });
    expect(senderInfo({ url: 'https://www.tiktok.com/@a/video/1' })).toEqual({ extensionPage: false });
    expect(senderInfo(undefined)).toEqual({ extensionPage: false });
  });
});

describe('settings:get', () => {
  it('returns null settings before the options page saved any', async () => {
    expect(await loadStoredSettings()).toEqual({ settings: null, problem: null });
  });
  it('returns saved settings, and ignores unreadable ones with the reason', async () => {
    await fakeBrowser.storage.local.set({ settings });
    expect(await loadStoredSettings()).toEqual({ settings, problem: null });
    await fakeBrowser.storage.local.set({ settings: { ...settings, industry: 'space' } });
    const res = await loadStoredSettings();
    expect(res.settings).toBeNull();
    expect(res.problem).toMatch(/^industry: Invalid option/);
  });
});

describe('startBackground', () => {
  it('registers every handler in the first turn, so a waking message is answered', async () => {
    // WXT's fake browser has no commands API; the shortcut's own test is in commands.test.ts.
    vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation(() => undefined);
    startBackground();
    await fakeBrowser.storage.local.set({ settings });
    expect(await request('settings:get')).toEqual({ settings, problem: null });
    const video = makeVideo(5);
    await request('shortlist:add', { video, score: null, objective: 'awareness' });
    const stored = openDb();
    expect(await stored.shortlist.get(video.id)).toMatchObject({ videoId: video.id, status: 'candidate' });
    stored.close();
  });
});
