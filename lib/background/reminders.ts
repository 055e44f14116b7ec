import { browser, type Browser } from 'wxt/browser';
import type { Authorization } from '@/lib/schemas/authorization';
import { describeExpiry } from '@/lib/ledger/describe';
import {
  DEFAULT_LEAD_DAYS,
  REMINDER_ALARM_PREFIX,
  expiringCount,
  parseReminderAlarmName,
  reminderSchedule,
  remindable,
  type ScheduledReminder,
} from '@/lib/ledger/reminders';
import { atLocalHour, localDayNumber, runtimeTimeZone } from '@/lib/ledger/zoned-time';
import { showDashboard } from '@/lib/ui/open-dashboard';

/**
 * Expiry reminders, wired to alarms, notifications and the toolbar badge. Everything is derived from the stored
 * authorizations on each sync, so a browser restart (Chrome may drop alarms) or a service-worker wake-up simply
 * re-syncs; alarm names are stable, so syncing twice leaves the same set.
 */

export const BADGE_REFRESH_ALARM = 'spark-auth-badge-refresh';
export const NOTIFICATION_PREFIX = 'spark-auth:';
/** Amber: "needs attention", not "error". */
const BADGE_COLOR = '#B45309';

export interface ReminderSource {
  loadAuthorizations: () => Promise<Authorization[]>;
  /** settings.reminderLeadDays; default [14, 7, 1]. */
  loadLeadDays?: () => Promise<readonly number[]>;
  /** A short human label for a video, e.g. "@handle: caption…", for the notification text. */
  labelFor?: (videoId: string) => Promise<string | null>;
  now?: () => number;
  timeZone?: () => string;
}

export interface SyncResult {
  reminders: ScheduledReminder[];
  badgeCount: number;
  nextBadgeRefresh: number;
}

/** Chrome MV3 and Firefox MV3 have `action`; Firefox MV2 only `browserAction`. */
function badgeApi(): Pick<typeof browser.action, 'setBadgeText' | 'setBadgeBackgroundColor'> {
  return browser.action ?? browser.browserAction;
}

export async function setBadgeCount(count: number): Promise<void> {
  const api = badgeApi();
  await api.setBadgeText({ text: count > 0 ? String(count) : '' });
  if (count > 0) await api.setBadgeBackgroundColor({ color: BADGE_COLOR });
}

/** The badge count changes at local midnight (a code enters its last 7 days) and when a code expires. */
function nextBadgeChange(auths: readonly Authorization[], now: number, timeZone: string): number {
  const midnight = atLocalHour(localDayNumber(now, timeZone) + 1, 0, timeZone);
  const expiries = auths.map((a) => a.expiresAt).filter((t): t is number => t !== null && t > now);
  return Math.min(midnight, ...expiries);
}

export async function syncReminders(source: ReminderSource): Promise<SyncResult> {
  const now = source.now?.() ?? Date.now();
  const timeZone = source.timeZone?.() ?? runtimeTimeZone();
  const [auths, leadDays] = await Promise.all([
    source.loadAuthorizations(),
    source.loadLeadDays?.() ?? Promise.resolve(DEFAULT_LEAD_DAYS),
  ]);
  const reminders = reminderSchedule(auths, leadDays, now, timeZone);
  const wanted = new Map(reminders.map((r) => [r.name, r.when]));
  const existing = (await browser.alarms.getAll()).filter((a) => a.name.startsWith(REMINDER_ALARM_PREFIX));
  const upToDate = new Set(existing.filter((a) => wanted.get(a.name) === a.scheduledTime).map((a) => a.name));
  await Promise.all(existing.filter((a) => !upToDate.has(a.name)).map((a) => browser.alarms.clear(a.name)));
  await Promise.all(
    reminders.filter((r) => !upToDate.has(r.name)).map((r) => browser.alarms.create(r.name, { when: r.when })),
  );
  const nextBadgeRefresh = nextBadgeChange(auths, now, timeZone);
  await browser.alarms.create(BADGE_REFRESH_ALARM, { when: nextBadgeRefresh });
  const badgeCount = expiringCount(auths, now, timeZone);
  await setBadgeCount(badgeCount);
  return { reminders, badgeCount, nextBadgeRefresh };
}

export function notificationIdFor(auth: Pick<Authorization, 'videoId' | 'id'>): string {
  return `${NOTIFICATION_PREFIX}${auth.videoId}:${auth.id}`;
}

export function videoIdFromNotification(notificationId: string): string | null {
  if (!notificationId.startsWith(NOTIFICATION_PREFIX)) return null;
  const videoId = notificationId.slice(NOTIFICATION_PREFIX.length).split(':')[0] ?? '';
  return /^\d{1,25}$/.test(videoId) ? videoId : null;
}

/** A reminder alarm fired: notify if the code still needs it (it may have been renewed or revoked since). */
export async function handleAlarm(alarm: Browser.alarms.Alarm, source: ReminderSource): Promise<void> {
  if (alarm.name === BADGE_REFRESH_ALARM) {
    await syncReminders(source);
    return;
  }
  const parsed = parseReminderAlarmName(alarm.name);
  if (!parsed) return;
  const now = source.now?.() ?? Date.now();
  const timeZone = source.timeZone?.() ?? runtimeTimeZone();
  const auths = await source.loadAuthorizations();
  const auth = auths.find((a) => a.id === parsed.authorizationId);
  if (auth && remindable(auth, now, timeZone)) {
    const label = (await source.labelFor?.(auth.videoId)) ?? `Video ${auth.videoId}`;
    await browser.notifications.create(notificationIdFor(auth), {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: `Spark code: ${describeExpiry(auth, now, { timeZone })}`,
      message: `${label}\nAsk the creator for a renewal now: an expired code cannot be reactivated.`,
    });
  }
  await setBadgeCount(expiringCount(auths, now, timeZone));
}

export async function openVideoFromNotification(notificationId: string): Promise<boolean> {
  const videoId = videoIdFromNotification(notificationId);
  if (videoId === null) return false;
  await showDashboard(videoId);
  await browser.notifications.clear(notificationId);
  return true;
}

export interface RemindersHandle {
  /** Re-sync after the ledger changed (call from a message handler or a database subscription). */
  resync: () => Promise<void>;
}

/**
 * Registers the listeners synchronously (MV3 delivers the waking event only to listeners added in the first turn)
 * and syncs once per service-worker start. Syncs run one after another; a failure is logged, never thrown into
 * the event dispatcher.
 */
export function startReminders(source: ReminderSource): RemindersHandle {
  let chain: Promise<void> = Promise.resolve();
  const resync = (): Promise<void> => {
    chain = chain
      .then(() => syncReminders(source))
      .then(
        () => undefined,
        (error: unknown) => console.warn('[spark-scout] reminder sync failed', error),
      );
    return chain;
  };
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === BADGE_REFRESH_ALARM) void resync();
    else handleAlarm(alarm, source).catch((error: unknown) => console.warn('[spark-scout] reminder failed', error));
  });
  browser.notifications.onClicked.addListener((id) => {
    openVideoFromNotification(id).catch((error: unknown) => console.warn('[spark-scout] open video failed', error));
  });
  browser.runtime.onStartup.addListener(() => void resync());
  browser.runtime.onInstalled.addListener(() => void resync());
  void resync();
  return { resync };
}
