import { formatExpiryDate } from '@/lib/ledger/describe';
import { storedStatus } from '@/lib/ledger/expiry';
import { runtimeTimeZone, startOfLocalDate } from '@/lib/ledger/zoned-time';
import { AUTH_STATUSES, type AuthStatus } from '@/lib/schemas/authorization';

export const AUTH_STATUS_LABEL: Record<AuthStatus, string> = {
  requested: 'Requested',
  received: 'Received',
  'in-use': 'In use',
  expiring: 'Expiring',
  expired: 'Expired',
  revoked: 'Revoked',
};

/** The statuses a person sets (the form, the quick status menu): all but `expiring`, which only the clock says. */
export const STATUS_CHOICES: readonly AuthStatus[] = AUTH_STATUSES.filter((s) => storedStatus(s) === s);

/** "30 days", "365 days (1 year)". */
export function durationLabel(days: number): string {
  if (days === 365) return '365 days (1 year)';
  return `${days} day${days === 1 ? '' : 's'}`;
}

/** "@handle" when the creator is known, else the video id: how a video is named in lists and warnings. */
export function videoName(video: { handle: string | null; videoId: string } | undefined, videoId: string): string {
  return video?.handle ? `@${video.handle}` : `video ${videoId}`;
}

/** '2026-12-07' → "Mon, Dec 7, 2026" (a campaign's last day, shown like expiry dates). */
export function localDateLabel(date: string, timeZone: string = runtimeTimeZone()): string {
  const start = startOfLocalDate(date, timeZone);
  return start === null ? date : formatExpiryDate(start, { timeZone });
}
