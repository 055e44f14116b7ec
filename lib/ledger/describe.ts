import type { Authorization } from '@/lib/schemas/authorization';
import { daysLeft, hasLapsed } from './expiry';
import { runtimeTimeZone } from './zoned-time';

export interface FormatOptions {
  timeZone?: string;
  /** BCP 47 tag; undefined = the browser's. */
  locale?: string;
}

/** "Fri, Mar 8, 2024" in the user's locale and zone. */
export function formatExpiryDate(
  epochMs: number,
  { timeZone = runtimeTimeZone(), locale }: FormatOptions = {},
): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone,
    weekday: 'short',
    year: 'numeric',
    month: 'short',
    day: 'numeric',
  }).format(epochMs);
}

/** "Friday, March 8, 2024": for messages to people, where an abbreviation reads as careless. */
export function formatLongDate(epochMs: number, { timeZone = runtimeTimeZone(), locale }: FormatOptions = {}): string {
  return new Intl.DateTimeFormat(locale, { timeZone, dateStyle: 'full' }).format(epochMs);
}

export function formatClock(epochMs: number, { timeZone = runtimeTimeZone(), locale }: FormatOptions = {}): string {
  return new Intl.DateTimeFormat(locale, { timeZone, timeStyle: 'short' }).format(epochMs);
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * One plain sentence about when a code ends, as the ledger and notifications show it. Calendar days, not 24-hour
 * blocks: at 23:00 a code ending at 09:00 the next morning "expires tomorrow", not "today".
 */
export function describeExpiry(
  auth: Pick<Authorization, 'status' | 'expiresAt'>,
  now: number,
  options: FormatOptions = {},
): string {
  const timeZone = options.timeZone ?? runtimeTimeZone();
  const opts = { ...options, timeZone };
  if (auth.status === 'requested' && auth.expiresAt === null) return 'Code requested, not received yet';
  if (auth.expiresAt === null) return 'No expiry yet: add the granted date and duration';
  const left = daysLeft(auth, now, timeZone)!;
  const date = formatExpiryDate(auth.expiresAt, opts);
  const clock = formatClock(auth.expiresAt, opts);
  if (auth.status === 'revoked') return `Revoked (the grant ran until ${date})`;
  if (hasLapsed(auth, now)) {
    if (left === 0) return `Expired today at ${clock}`;
    if (left === -1) return `Expired yesterday (${date})`;
    return `Expired ${plural(-left, 'day')} ago (${date})`;
  }
  // Set to expired before its date (e.g. the creator shortened the grant): the user's word, not "expires in 30 days".
  if (auth.status === 'expired') return `Marked expired (its grant ran until ${date})`;
  if (left === 0) return `Expires today at ${clock}`;
  if (left === 1) return `Expires tomorrow at ${clock} (${date})`;
  return `Expires in ${plural(left, 'day')} (${date})`;
}
