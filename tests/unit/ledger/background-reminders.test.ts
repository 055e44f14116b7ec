import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser, type Browser } from 'wxt/browser';
import {
  BADGE_REFRESH_ALARM,
  handleAlarm,
  notificationIdFor,
  openVideoFromNotification,
  startReminders,
  syncReminders,
  videoIdFromNotification,
  type ReminderSource,
} from '@/lib/background/reminders';
import { REMINDER_ALARM_PREFIX, reminderAlarmName } from '@/lib/ledger/reminders';
import type { Authorization } from '@/lib/schemas/authorization';
import { auth } from './fixtures';

const NY = 'America/New_York';
const DAY = 86_400_000;
const now = Date.UTC(2024, 2, 1, 17); // Fri 12:00 EST
const videoId = '7606836476323597588';

type TestSource = ReminderSource & { auths: Authorization[] };

function source(auths: Authorization[], extra: Partial<ReminderSource> = {}): TestSource {
  const s: TestSource = {
    auths,
    loadAuthorizations: async () => s.auths,
    now: () => now,
    timeZone: () => NY,
    ...extra,
  };
  return s;
}

async function reminderAlarms() {
  return (await browser.alarms.getAll())
    .filter((a) => a.name.startsWith(REMINDER_ALARM_PREFIX))
    .sort((a, b) => a.scheduledTime - b.scheduledTime);
}

function alarm(name: string): Browser.alarms.Alarm {
  return { name, scheduledTime: now, persistAcrossSessions: false };
}

/** Lets the listeners' promise chains settle. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  fakeBrowser.reset();
});

describe('syncReminders', () => {
  it('creates an alarm per lead time and shows the number of codes expiring within 7 days on the badge', async () => {
    const s = source([
      auth({ id: 'soon', videoId, expiresAt: now + 3 * DAY }),
      auth({ id: 'later', videoId: '2', expiresAt: now + 20 * DAY }),
    ]);
    const result = await syncReminders(s);
    expect((await reminderAlarms()).map((a) => a.name)).toEqual([
      reminderAlarmName('soon', 1), // 14 and 7 days before 'soon' are already past
      reminderAlarmName('later', 14),
      reminderAlarmName('later', 7),
      reminderAlarmName('later', 1),
    ]);
    expect(result.badgeCount).toBe(1);
    expect(await browser.action.getBadgeText({})).toBe('1');
    expect(await browser.action.getBadgeBackgroundColor({})).toEqual([180, 83, 9, 255]);
  });

  it('leaves the badge empty when nothing expires within 7 days', async () => {
    await browser.action.setBadgeText({ text: '4' });
    await syncReminders(source([auth({ expiresAt: now + 30 * DAY })]));
    expect(await browser.action.getBadgeText({})).toBe('');
  });

  it('does not duplicate alarms when synced again', async () => {
    const s = source([auth({ id: 'a', expiresAt: now + 20 * DAY })]);
    await syncReminders(s);
    const first = await browser.alarms.getAll();
    await syncReminders(s);
    await syncReminders(s);
    expect(await browser.alarms.getAll()).toEqual(first);
    expect(first).toHaveLength(4); // 14, 7, 1 days + the badge refresh
  });

  it('drops the alarms of a code that was revoked or renewed, and leaves other alarms alone', async () => {
    await browser.alarms.create('someone-elses-alarm', { when: now + DAY });
    const s = source([auth({ id: 'a', expiresAt: now + 20 * DAY })]);
    await syncReminders(s);
    s.auths = [auth({ id: 'a', expiresAt: now + 20 * DAY, status: 'revoked' })];
    await syncReminders(s);
    expect(await reminderAlarms()).toEqual([]);
    expect(await browser.alarms.get('someone-elses-alarm')).toBeDefined();
  });

  it('moves the alarms when the grant is edited', async () => {
    const s = source([auth({ id: 'a', expiresAt: now + 20 * DAY })]);
    await syncReminders(s);
    s.auths = [auth({ id: 'a', expiresAt: now + 40 * DAY })];
    const { reminders } = await syncReminders(s);
    expect((await reminderAlarms()).map((a) => a.scheduledTime)).toEqual(reminders.map((r) => r.when));
    expect(reminders[0]!.when).toBeGreaterThan(now + 25 * DAY);
  });

  it('schedules the next badge refresh at the next local midnight or expiry, whichever is first', async () => {
    const { nextBadgeRefresh } = await syncReminders(source([auth({ expiresAt: now + 3 * 3_600_000 })]));
    expect(nextBadgeRefresh).toBe(now + 3 * 3_600_000);
    const next = await syncReminders(source([auth({ expiresAt: now + 20 * DAY })]));
    expect(new Date(next.nextBadgeRefresh).toISOString()).toBe('2024-03-02T05:00:00.000Z'); // midnight EST
    expect((await browser.alarms.get(BADGE_REFRESH_ALARM))?.scheduledTime).toBe(next.nextBadgeRefresh);
  });

  it('uses lead times from settings when given', async () => {
    await syncReminders(source([auth({ expiresAt: now + 20 * DAY })], { loadLeadDays: async () => [3] }));
    expect((await reminderAlarms()).map((a) => a.name)).toEqual([reminderAlarmName('auth-1', 3)]);
  });
});

describe('handleAlarm', () => {
  it('shows a notification naming the video and the expiry when a reminder fires', async () => {
    const a = auth({ id: 'a', videoId, expiresAt: now + 7 * DAY - 3 * 3_600_000 });
    await handleAlarm(
      alarm(reminderAlarmName('a', 7)),
      source([a], { labelFor: async () => '@ana.makes: glow serum routine' }),
    );
    const shown = fakeBrowser.notifications.getAllCreateOptions();
    expect(Object.keys(shown)).toEqual([notificationIdFor(a)]);
    expect(shown[notificationIdFor(a)]).toMatchObject({
      type: 'basic',
      iconUrl: 'chrome-extension://test-extension-id/icon/128.png',
      title: 'Spark code: Expires in 7 days (Fri, Mar 8, 2024)',
      message: expect.stringContaining('@ana.makes: glow serum routine'),
    });
  });

  it('stays quiet for a code revoked or renewed since the alarm was set', async () => {
    for (const a of [
      auth({ id: 'a', expiresAt: now + 7 * DAY, status: 'revoked' }),
      auth({ id: 'a', expiresAt: now + 7 * DAY, supersededBy: 'b', current: false }),
    ]) {
      await handleAlarm(alarm(reminderAlarmName('a', 7)), source([a]));
    }
    await handleAlarm(alarm(reminderAlarmName('missing', 7)), source([]));
    expect(fakeBrowser.notifications.getAllCreateOptions()).toEqual({});
  });

  it('ignores alarms that are not reminders', async () => {
    await handleAlarm(alarm('unrelated'), source([auth({ expiresAt: now + DAY })]));
    expect(fakeBrowser.notifications.getAllCreateOptions()).toEqual({});
  });
});

describe('notification click', () => {
  it('opens the dashboard on the video and closes the notification', async () => {
    const id = notificationIdFor({ videoId, id: 'a' });
    await browser.notifications.create(id, { type: 'basic', iconUrl: '', title: 't', message: 'm' });
    expect(await openVideoFromNotification(id)).toBe(true);
    const tabs = await browser.tabs.query({});
    expect(tabs.map((t) => t.url)).toContain(`chrome-extension://test-extension-id/dashboard.html#/video/${videoId}`);
    expect(await browser.notifications.getAll()).toEqual({});
  });

  it("ignores other features' notifications", async () => {
    expect(videoIdFromNotification('other:123')).toBeNull();
    expect(videoIdFromNotification('spark-auth:not-a-video:a')).toBeNull();
    expect(await openVideoFromNotification('other:123')).toBe(false);
  });
});

describe('startReminders', () => {
  afterEach(() => vi.restoreAllMocks());

  it('re-creates the reminders from the data source when the service worker starts', async () => {
    const s = source([auth({ id: 'a', expiresAt: now + 20 * DAY })]);
    startReminders(s);
    await settle();
    expect(await reminderAlarms()).toHaveLength(3);
  });

  it('re-creates them after a browser restart dropped the alarms', async () => {
    const s = source([auth({ id: 'a', expiresAt: now + 20 * DAY })]);
    startReminders(s);
    await settle();
    await browser.alarms.clearAll();
    await fakeBrowser.runtime.onStartup.trigger();
    await settle();
    expect(await reminderAlarms()).toHaveLength(3);
  });

  it('routes a fired reminder to a notification and a click to the dashboard', async () => {
    const a = auth({ id: 'a', videoId, expiresAt: now + DAY });
    startReminders(source([a]));
    await settle();
    await fakeBrowser.alarms.onAlarm.trigger(alarm(reminderAlarmName('a', 1)));
    await settle();
    expect(Object.keys(fakeBrowser.notifications.getAllCreateOptions())).toEqual([notificationIdFor(a)]);
    await fakeBrowser.notifications.onClicked.trigger(notificationIdFor(a));
    await settle();
    expect((await browser.tabs.query({})).some((t) => t.url?.endsWith(`#/video/${videoId}`))).toBe(true);
  });

  it('refreshes the badge when the badge alarm fires', async () => {
    const s = source([auth({ expiresAt: now + 20 * DAY })]);
    const handle = startReminders(s);
    await settle();
    expect(await browser.action.getBadgeText({})).toBe('');
    s.auths = [auth({ expiresAt: now + 2 * DAY })];
    await fakeBrowser.alarms.onAlarm.trigger(alarm(BADGE_REFRESH_ALARM));
    await handle.resync();
    expect(await browser.action.getBadgeText({})).toBe('1');
  });

  it('logs a failing data source instead of throwing into the event dispatcher', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const handle = startReminders({ loadAuthorizations: () => Promise.reject(new Error('db closed')) });
    await handle.resync();
    expect(warn).toHaveBeenCalledWith('[spark-scout] reminder sync failed', expect.any(Error));
  });
});

describe('badge on Firefox MV2', () => {
  it('falls back to browserAction when action is missing', async () => {
    // The fake browser models MV3 (`action`); Firefox MV2 has only `browserAction`, stubbed here.
    const fake = fakeBrowser as unknown as Record<string, unknown>;
    const saved = { action: fake.action, browserAction: fake.browserAction };
    const setBadgeText = vi.fn(async () => {});
    const setBadgeBackgroundColor = vi.fn(async () => {});
    fake.action = undefined;
    fake.browserAction = { setBadgeText, setBadgeBackgroundColor };
    try {
      await syncReminders(source([auth({ expiresAt: now + 2 * DAY })]));
      expect(setBadgeText).toHaveBeenCalledWith({ text: '1' });
      expect(setBadgeBackgroundColor).toHaveBeenCalledWith({ color: '#B45309' });
    } finally {
      Object.assign(fake, saved);
    }
  });
});
