import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '@/lib/background/handlers';
import { registerHandlers, senderInfo } from '@/lib/background/register';
import { leadDaysChanged, loadStoredSettings } from '@/lib/background/settings-source';
import { startBackground } from '@/lib/background/start';
import { addAuthorization, appDb, openDb, type SparkScoutDb } from '@/lib/db';
import { removeAllListeners, request, sendMessage } from '@/lib/messaging';
import type { Settings } from '@/lib/schemas/settings';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { loadSettings, saveSettings } from '@/lib/ui/settings';
import { makeScore, makeVideo } from '../../fixtures/db/generate';
import { freshDb } from '../db/helpers';
import { auth } from '../ledger/fixtures';

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
  // The background reads settings like the dashboard and options page (readSettings): dropping them all for one bad
  // field made the card score and the reminders fire with defaults while the dashboard showed the user's settings.
  it('returns saved settings, resetting only an unreadable field and saying which', async () => {
    await fakeBrowser.storage.local.set({ settings });
    expect(await loadStoredSettings()).toEqual({ settings, problem: null });
    await fakeBrowser.storage.local.set({ settings: { ...settings, industry: 'space', reminderLeadDays: [30] } });
    const res = await loadStoredSettings();
    expect(res.settings).toEqual({ ...settings, industry: DEFAULT_SETTINGS.industry, reminderLeadDays: [30] });
    expect(res.problem).toMatch(/reset: industry\.$/);
    expect(res).toEqual(await loadSettings());
  });

  it('migrates settings saved without a version, as the options page does', async () => {
    const { version: _, ...v0 } = { ...settings, reminderLeadDays: [30] };
    await fakeBrowser.storage.local.set({ settings: v0 });
    expect(await loadStoredSettings()).toEqual({ settings: { ...settings, reminderLeadDays: [30] }, problem: null });
  });
});

describe('startBackground', () => {
  it('registers every handler in the first turn, so a waking message is answered', async () => {
    // WXT's fake browser has no commands API; the shortcut's own test is in commands.test.ts.
    vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation(() => undefined);
    startBackground();
    await fakeBrowser.storage.local.set({ settings });
    // The fake browser's sender is a content script: the first message is one the card sends.
    const video = makeVideo(5);
    await request('shortlist:add', { video, score: null, objective: 'awareness' });
    const stored = openDb();
    expect(await stored.shortlist.get(video.id)).toMatchObject({ videoId: video.id, status: 'candidate' });
    stored.close();
  });

  it('re-schedules the reminders when the lead days change in the settings, not at the next midnight', async () => {
    vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation(() => undefined);
    const now = Date.now();
    const day = 86_400_000;
    await addAuthorization(
      appDb(),
      auth({
        id: 'lead-days',
        code: '#c',
        requestedDays: 60,
        grantedDays: 60,
        grantedAt: now,
        expiresAt: now + 40 * day,
        status: 'received',
        createdAt: now,
        updatedAt: now,
      }),
    );
    const reminderAlarms = async () =>
      (await fakeBrowser.alarms.getAll())
        .map((a) => a.name)
        .filter((n) => n.endsWith(':lead-days'))
        .sort();
    startBackground();
    await vi.waitFor(async () =>
      expect(await reminderAlarms()).toEqual([
        'spark-auth-reminder:14:lead-days',
        'spark-auth-reminder:1:lead-days',
        'spark-auth-reminder:7:lead-days',
      ]),
    );
    await saveSettings({ ...DEFAULT_SETTINGS, reminderLeadDays: [30] });
    await vi.waitFor(async () => expect(await reminderAlarms()).toEqual(['spark-auth-reminder:30:lead-days']));
    await appDb().authorizations.delete('lead-days');
  });
});

describe('leadDaysChanged', () => {
  const change = (oldValue: unknown, newValue: unknown) => ({ settings: { oldValue, newValue } });
  it('is true only for a change of the lead days in storage.local', () => {
    expect(leadDaysChanged(change(settings, { ...settings, reminderLeadDays: [30] }), 'local')).toBe(true);
    expect(leadDaysChanged(change(undefined, { ...settings, reminderLeadDays: [3, 1] }), 'local')).toBe(true);
    expect(leadDaysChanged(change(settings, undefined), 'local')).toBe(false);
    expect(leadDaysChanged(change(settings, { ...settings, brandTerms: ['other'] }), 'local')).toBe(false);
    expect(leadDaysChanged(change(settings, { ...settings, reminderLeadDays: [30] }), 'sync')).toBe(false);
    expect(leadDaysChanged({ other: { newValue: 1 } }, 'local')).toBe(false);
  });
});
