import type { Authorization, AuthStatus } from '@/lib/schemas/authorization';
import {
  addLocalDays,
  localDateOf,
  localDayNumber,
  parseLocalDate,
  runtimeTimeZone,
  shiftLocalDate,
  startOfLocalDate,
} from './zoned-time';

/** A code counts as "expiring" (badge, status) from this many calendar days before its expiry date. */
export const EXPIRING_WITHIN_DAYS = 7;

/**
 * Expiry = the grant moment plus N calendar days in the user's zone, at the same wall time. Across a DST change
 * that is 23 or 25 hours per changed day, which is what "a 7-day code granted Monday 10:00 runs until next
 * Monday 10:00" means to a person; a wall time the clocks skip moves forward by the gap.
 */
export function computeExpiry(grantedAt: number, grantedDays: number, timeZone: string = runtimeTimeZone()): number {
  return addLocalDays(grantedAt, grantedDays, timeZone);
}

export function expiryFor(
  auth: Pick<Authorization, 'grantedAt' | 'grantedDays'>,
  timeZone: string = runtimeTimeZone(),
): number | null {
  if (auth.grantedAt === null || auth.grantedDays === null) return null;
  return computeExpiry(auth.grantedAt, auth.grantedDays, timeZone);
}

/**
 * When the grant began, as far as the record tells: its `grantedAt`, or, on a record that knows only its expiry and
 * days (a CSV import: the file has the expiry, not the grant), that many local days before the expiry, the inverse
 * of computeExpiry. Null when neither is known.
 */
export function grantInstantOf(
  auth: Pick<Authorization, 'grantedAt' | 'grantedDays' | 'expiresAt'>,
  timeZone: string = runtimeTimeZone(),
): number | null {
  if (auth.grantedAt !== null) return auth.grantedAt;
  if (auth.expiresAt === null || auth.grantedDays === null) return null;
  return addLocalDays(auth.expiresAt, -auth.grantedDays, timeZone);
}

/**
 * The grant instant for a "granted on" date picked in a form. Today means now. An earlier day means its first
 * instant: the hour is unknown, and assuming the earliest one makes the expiry (and every reminder) early rather
 * than late. A future date is taken at its start too.
 */
export function grantInstantFromDate(date: string, now: number, timeZone: string = runtimeTimeZone()): number | null {
  if (!parseLocalDate(date)) return null;
  if (date === localDateOf(now, timeZone)) return now;
  return startOfLocalDate(date, timeZone);
}

/**
 * Calendar days from today to the expiry date, as a person counts them: 0 = the expiry falls today, 1 = tomorrow,
 * -3 = it fell three days ago. null without an expiry. (Whether today's expiry has already passed is
 * `hasLapsed`.) Non-increasing as time passes, except in the few zones whose clocks fall back across midnight,
 * where the hour after the change really is "yesterday" again on the wall clock.
 */
export function daysLeft(
  auth: Pick<Authorization, 'expiresAt'>,
  now: number,
  timeZone: string = runtimeTimeZone(),
): number | null {
  if (auth.expiresAt === null) return null;
  return localDayNumber(auth.expiresAt, timeZone) - localDayNumber(now, timeZone);
}

export function hasLapsed(auth: Pick<Authorization, 'expiresAt'>, now: number): boolean {
  return auth.expiresAt !== null && now >= auth.expiresAt;
}

/**
 * A status as a record should store it. `expiring` is the clock's word (statusAt derives it), never the user's; a
 * record that holds it (an import of a file that wrote the derived status) means `received`, as statusAt reads it.
 */
export function storedStatus(status: AuthStatus): AuthStatus {
  return status === 'expiring' ? 'received' : status;
}

/**
 * In its last EXPIRING_WITHIN_DAYS calendar days and not over: a received or in-use code that the badge counts and
 * the "Expiring" filter lists. Requested and revoked codes, and codes marked expired, are not.
 */
export function isExpiringAt(
  auth: Pick<Authorization, 'status' | 'expiresAt'>,
  now: number,
  timeZone: string = runtimeTimeZone(),
): boolean {
  const status = storedStatus(auth.status);
  if ((status !== 'received' && status !== 'in-use') || auth.expiresAt === null || hasLapsed(auth, now)) return false;
  return daysLeft(auth, now, timeZone)! <= EXPIRING_WITHIN_DAYS;
}

/**
 * The status to show now. `revoked` and `requested` are facts the user recorded and stay; a stored `expired` stays
 * too (the user may know better, e.g. the creator shortened the grant). Otherwise the clock decides: past the
 * expiry → expired. A code in use stays `in-use` to its end (the ad runs on it; isExpiringAt says when that end is
 * near); a received one within EXPIRING_WITHIN_DAYS calendar days → expiring.
 */
export function statusAt(
  auth: Pick<Authorization, 'status' | 'expiresAt'>,
  now: number,
  timeZone: string = runtimeTimeZone(),
): AuthStatus {
  const { status } = auth;
  if (status === 'revoked' || status === 'requested' || status === 'expired') return status;
  if (hasLapsed(auth, now)) return 'expired';
  if (status === 'in-use') return status;
  return isExpiringAt(auth, now, timeZone) ? 'expiring' : 'received';
}

/** A code an ad may be running on right now: marked in use, not revoked, not past its expiry. */
export function isLiveAt(auth: Pick<Authorization, 'status' | 'expiresAt'>, now: number): boolean {
  return auth.status === 'in-use' && !hasLapsed(auth, now);
}

/** Start of the local day after `date`: a campaign "ending" on a date runs through that whole day. */
export function campaignEndInstant(date: string, timeZone: string = runtimeTimeZone()): number | null {
  const next = shiftLocalDate(date, 1);
  return next === null ? null : startOfLocalDate(next, timeZone);
}
