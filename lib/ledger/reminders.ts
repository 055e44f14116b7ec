import type { Authorization } from '@/lib/schemas/authorization';
import { grantInstantOf, isExpiringAt, statusAt } from './expiry';
import { isReplaced } from './history';
import { atLocalHour, localDayNumber, runtimeTimeZone } from './zoned-time';

/** The default lead times; the options page can change them (settings.reminderLeadDays). */
export const DEFAULT_LEAD_DAYS: readonly number[] = [14, 7, 1];
/** Reminders fire at 09:00 local on their day: read at the start of a working day, not at the grant's odd hour. */
export const REMINDER_HOUR = 9;
export const REMINDER_ALARM_PREFIX = 'spark-auth-reminder:';

export interface ScheduledReminder {
  /** Alarm name; stable for one code and lead time, so re-syncing replaces rather than duplicates. */
  name: string;
  when: number;
  authorizationId: string;
  videoId: string;
  leadDays: number;
  expiresAt: number;
}

export function reminderAlarmName(authorizationId: string, leadDays: number): string {
  return `${REMINDER_ALARM_PREFIX}${leadDays}:${authorizationId}`;
}

export function parseReminderAlarmName(name: string): { authorizationId: string; leadDays: number } | null {
  if (!name.startsWith(REMINDER_ALARM_PREFIX)) return null;
  const m = /^(\d{1,3}):(.+)$/.exec(name.slice(REMINDER_ALARM_PREFIX.length));
  return m ? { leadDays: Number(m[1]), authorizationId: m[2]! } : null;
}

/**
 * Codes worth a reminder: the video's current code (not one a renewal or a merge filed as history: isReplaced),
 * received or in use, with an expiry still ahead.
 */
export function remindable(
  auth: Authorization,
  now: number,
  timeZone: string,
): auth is Authorization & { expiresAt: number } {
  if (auth.code === null || auth.expiresAt === null || isReplaced(auth)) return false;
  const status = statusAt(auth, now, timeZone);
  return status === 'received' || status === 'in-use' || status === 'expiring';
}

/** A reminder missed at save time fires this long after the save (Chrome's alarms need ≥ 30 s). */
export const CATCH_UP_DELAY_MS = 60_000;

/**
 * When the code's current expiry was saved: the first moment its reminders could be scheduled. Not `updatedAt`:
 * marking a code in use or editing its note stamps that too, and would re-send a reminder that already went out.
 * Records saved before `expirySavedAt` existed fall back to `createdAt`.
 */
export function expirySavedAt(auth: Pick<Authorization, 'expirySavedAt' | 'createdAt'>): number {
  return auth.expirySavedAt ?? auth.createdAt;
}

/**
 * Every reminder still to come: for each code and lead time L, 09:00 local on the day L calendar days before the
 * expiry date (so the notification's "expires in L days" is true when it shows). A 0-day reminder on a code that
 * ends before 09:00 moves to an hour before the end. Times already past are dropped: the badge covers them.
 * A window that opened on or before the grant day is not a reminder: the code was granted that close to its end
 * (a 7-day code is inside its 7- and 14-day windows from the start), so with [14, 7, 1] it gets only the 1-day one.
 */
export function reminderSchedule(
  auths: readonly Authorization[],
  leadDays: readonly number[] = DEFAULT_LEAD_DAYS,
  now: number = Date.now(),
  timeZone: string = runtimeTimeZone(),
): ScheduledReminder[] {
  const leads = [...new Set(leadDays.filter((d) => Number.isInteger(d) && d >= 0 && d <= 365))];
  const out: ScheduledReminder[] = [];
  for (const auth of auths) {
    if (!remindable(auth, now, timeZone)) continue;
    const expiryDay = localDayNumber(auth.expiresAt, timeZone);
    // grantInstantOf, not grantedAt: a CSV import knows its grant only through the expiry and the days.
    const granted = grantInstantOf(auth, timeZone);
    const grantDay = granted === null ? -Infinity : localDayNumber(granted, timeZone);
    const reminder = (lead: number, when: number): ScheduledReminder => ({
      name: reminderAlarmName(auth.id, lead),
      when,
      authorizationId: auth.id,
      videoId: auth.videoId,
      leadDays: lead,
      expiresAt: auth.expiresAt,
    });
    const savedAt = expirySavedAt(auth);
    const scheduled: ScheduledReminder[] = [];
    let missed: number | null = null;
    for (const lead of leads) {
      if (expiryDay - lead <= grantDay) continue;
      const when = Math.min(atLocalHour(expiryDay - lead, REMINDER_HOUR, timeZone), auth.expiresAt - 3_600_000);
      if (when > now) scheduled.push(reminder(lead, when));
      // Opened after the grant but before the expiry was saved (an older code entered late): its reminder could
      // never be scheduled, so the most urgent such window gets one shortly after the save. A window that passed
      // after the save was scheduled, and has fired.
      else if (when <= savedAt && (missed === null || lead < missed)) missed = lead;
    }
    const catchUp = savedAt + CATCH_UP_DELAY_MS;
    // Not when another reminder of the code comes the same day: one notification says it.
    const sameDay = scheduled.some((r) => localDayNumber(r.when, timeZone) === localDayNumber(catchUp, timeZone));
    if (missed !== null && catchUp > now && catchUp < auth.expiresAt && !sameDay) out.push(reminder(missed, catchUp));
    out.push(...scheduled);
  }
  return out.sort((a, b) => a.when - b.when);
}

/**
 * The toolbar badge number: current codes (not replaced), received or in use, that end within
 * EXPIRING_WITHIN_DAYS (isExpiringAt).
 */
export function expiringCount(
  auths: readonly Authorization[],
  now: number,
  timeZone: string = runtimeTimeZone(),
): number {
  return auths.filter((a) => a.code !== null && !isReplaced(a) && isExpiringAt(a, now, timeZone)).length;
}
