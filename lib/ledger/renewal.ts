import type { Authorization } from '@/lib/schemas/authorization';
import { STANDARD_DURATIONS } from '@/lib/schemas/authorization';
import { formatLongDate, type FormatOptions } from './describe';
import { hasLapsed } from './expiry';

/** The next TikTok duration above the current grant (30 → 60 → 365); a year or more asks for a year again. */
export function nextLongerDuration(currentDays: number | null): number {
  if (currentDays === null) return 30;
  return STANDARD_DURATIONS.find((d) => d > currentDays && d >= 30) ?? 365;
}

function durationWords(days: number): string {
  if (days === 365) return '365 days (one year)';
  return `${days} day${days === 1 ? '' : 's'}`;
}

export interface RenewalVideo {
  url: string;
  /** Creator handle without "@", for the greeting. */
  handle?: string | null;
}

export interface RenewalOptions extends FormatOptions {
  requestedDays?: number;
  now?: number;
  /** Signed at the end, e.g. the brand name. */
  senderName?: string;
}

/**
 * A ready-to-paste message asking the creator for a fresh code. It says why (an expired code cannot be
 * reactivated, so a new one is the only way to keep the ad running), gives the link so the creator finds the
 * right video, and names the duration once, plainly. A code the user ended (revoked, or marked expired before its
 * date) gets no expiry date: the grant's date is not when it stopped working.
 */
export function renewalRequest(auth: Authorization, video: RenewalVideo, options: RenewalOptions = {}): string {
  const requestedDays = options.requestedDays ?? nextLongerDuration(auth.grantedDays);
  const greeting = video.handle ? `Hi @${video.handle},` : 'Hi,';
  const lapsed = auth.expiresAt !== null && options.now !== undefined && hasLapsed(auth, options.now);
  const ended = auth.status === 'revoked' || (auth.status === 'expired' && !lapsed);
  const status = ended
    ? 'The Spark Ads authorization code we had for your video no longer works.'
    : auth.expiresAt === null
      ? 'The Spark Ads authorization for your video is coming up for renewal.'
      : lapsed
        ? `The Spark Ads authorization you gave us for your video expired on ${formatLongDate(auth.expiresAt, options)}.`
        : `The Spark Ads authorization you gave us for your video expires on ${formatLongDate(auth.expiresAt, options)}.`;
  const why = ended
    ? 'A code that has stopped working cannot be reactivated, so a new one is the way to run the ad again.'
    : 'An expired code cannot be reactivated, so a new one keeps the ad running without a break.';
  const lines = [
    greeting,
    '',
    `Thank you again for letting us promote your video. ${status}`,
    '',
    `Would you be open to generating a new ad authorization code for the same video, for ${durationWords(requestedDays)}? ${why}`,
    '',
    `Video: ${video.url}`,
    '',
    'In the TikTok app: open the video → ••• → Ad settings → Ad authorization → Generate code, then send the code here.',
    '',
    `Thank you!${options.senderName ? `\n${options.senderName}` : ''}`,
  ];
  return lines.join('\n');
}
