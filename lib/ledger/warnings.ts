import type { Authorization } from '@/lib/schemas/authorization';
import type { ShortlistEntry } from '@/lib/schemas/shortlist';
import { codeKey, maskCode } from './code';
import { campaignEndInstant, isLiveAt } from './expiry';
import { currentAuthorization, isReplaced } from './history';
import { localDayNumber, parseLocalDate, runtimeTimeZone, dayNumberOf } from './zoned-time';
import { formatExpiryDate, type FormatOptions } from './describe';

export type LedgerWarning =
  | {
      kind: 'expires-before-campaign-end';
      authorizationId: string;
      videoId: string;
      expiresAt: number;
      campaignEndDate: string;
      /** Calendar days between the expiry date and the campaign's last day; 0 = it lapses on the last day. */
      daysShort: number;
    }
  | { kind: 'single-video-campaign'; handle: string; videoId: string; otherCandidates: number }
  | { kind: 'duplicate-code'; maskedCode: string; authorizationIds: string[]; videoIds: string[] };

/** The code stops before the campaign's last day is over (an expired code stops the ad and cannot be revived). */
export function campaignEndWarning(
  auth: Authorization,
  timeZone: string = runtimeTimeZone(),
): Extract<LedgerWarning, { kind: 'expires-before-campaign-end' }> | null {
  if (auth.expiresAt === null || auth.campaignEndDate === null || auth.status === 'revoked') return null;
  const end = campaignEndInstant(auth.campaignEndDate, timeZone);
  const d = parseLocalDate(auth.campaignEndDate);
  if (end === null || d === null || auth.expiresAt >= end) return null;
  return {
    kind: 'expires-before-campaign-end',
    authorizationId: auth.id,
    videoId: auth.videoId,
    expiresAt: auth.expiresAt,
    campaignEndDate: auth.campaignEndDate,
    daysShort: dayNumberOf(d.year, d.month, d.day) - localDayNumber(auth.expiresAt, timeZone),
  };
}

/** The same code saved on more than one video: a paste went to the wrong row. */
export function duplicateCodeWarnings(all: readonly Authorization[]): LedgerWarning[] {
  const byCode = new Map<string, Authorization[]>();
  for (const a of all) {
    if (a.code === null) continue;
    const key = codeKey(a.code);
    byCode.set(key, [...(byCode.get(key) ?? []), a]);
  }
  const out: LedgerWarning[] = [];
  for (const [key, group] of byCode) {
    const videoIds = [...new Set(group.map((a) => a.videoId))];
    if (videoIds.length < 2) continue;
    // Masked as codes are written: the key has lost its '#'.
    const maskedCode = maskCode(`#${key}`);
    out.push({ kind: 'duplicate-code', maskedCode, authorizationIds: group.map((a) => a.id), videoIds });
  }
  return out;
}

/** Before saving: other videos that already hold this code. */
export function videosHoldingCode(code: string, videoId: string, all: readonly Authorization[]): string[] {
  const key = codeKey(code);
  return [
    ...new Set(
      all.filter((a) => a.code !== null && a.videoId !== videoId && codeKey(a.code) === key).map((a) => a.videoId),
    ),
  ];
}

/** Before saving a renewal: the "new" code is the one the video already holds (the old message pasted again). */
export function isCurrentCodeOf(code: string, videoId: string, all: readonly Authorization[]): boolean {
  const current = currentAuthorization(videoId, all)?.code;
  return current != null && codeKey(current) === codeKey(code);
}

const INACTIVE_ENTRY = new Set(['rejected', 'expired']);

/**
 * A creator whose live campaign rests on one video: when that code lapses the creator's presence ends at once.
 * Live = the entry is marked `live`, or the video's current code is in use and not past expiry.
 */
export function singleVideoCampaignWarnings(
  entries: readonly Pick<ShortlistEntry, 'videoId' | 'handle' | 'status'>[],
  all: readonly Authorization[],
  now: number,
): LedgerWarning[] {
  const liveByVideo = new Set(all.filter((a) => !isReplaced(a) && isLiveAt(a, now)).map((a) => a.videoId));
  const byHandle = new Map<string, { live: string[]; others: number }>();
  for (const e of entries) {
    const g = byHandle.get(e.handle) ?? { live: [], others: 0 };
    if (e.status === 'live' || liveByVideo.has(e.videoId)) g.live.push(e.videoId);
    else if (!INACTIVE_ENTRY.has(e.status)) g.others += 1;
    byHandle.set(e.handle, g);
  }
  const out: LedgerWarning[] = [];
  for (const [handle, g] of byHandle) {
    if (g.live.length === 1)
      out.push({ kind: 'single-video-campaign', handle, videoId: g.live[0]!, otherCandidates: g.others });
  }
  return out;
}

export function ledgerWarnings(input: {
  entries: readonly Pick<ShortlistEntry, 'videoId' | 'handle' | 'status'>[];
  authorizations: readonly Authorization[];
  now: number;
  timeZone?: string;
}): LedgerWarning[] {
  const timeZone = input.timeZone ?? runtimeTimeZone();
  // Current codes only (a replaced one is history) and campaigns not over yet (old history is not news).
  const campaign = input.authorizations
    .filter((a) => !isReplaced(a))
    .map((a) => campaignEndWarning(a, timeZone))
    .filter((w): w is NonNullable<typeof w> => w !== null)
    .filter((w) => (campaignEndInstant(w.campaignEndDate, timeZone) ?? 0) > input.now);
  return [
    ...campaign,
    ...duplicateCodeWarnings(input.authorizations),
    ...singleVideoCampaignWarnings(input.entries, input.authorizations, input.now),
  ];
}

export function describeWarning(w: LedgerWarning, options: FormatOptions = {}): string {
  switch (w.kind) {
    case 'expires-before-campaign-end': {
      const when = formatExpiryDate(w.expiresAt, options);
      return w.daysShort === 0
        ? `The code expires on ${when}, before the campaign's last day is over. Ask for a renewal before then.`
        : `The code expires on ${when}, ${w.daysShort} day${w.daysShort === 1 ? '' : 's'} before the campaign ends. Ask for a renewal before then.`;
    }
    case 'single-video-campaign':
      return w.otherCandidates > 0
        ? `@${w.handle}'s live campaign rests on one video; ${w.otherCandidates} other shortlisted video${w.otherCandidates === 1 ? '' : 's'} could back it up.`
        : `@${w.handle}'s live campaign rests on one video; when its code lapses the campaign stops.`;
    case 'duplicate-code':
      return `The code ${w.maskedCode} is saved on ${w.videoIds.length} different videos. A code works for one video only.`;
  }
}
