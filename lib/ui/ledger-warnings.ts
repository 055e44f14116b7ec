import { ledgerWarnings, describeWarning, type LedgerWarning } from '@/lib/ledger/warnings';
import type { Authorization } from '@/lib/schemas/authorization';
import type { LedgerEntry, LedgerVideo } from './ledger-data';

export interface WarningInput {
  authorizations: readonly Authorization[];
  entries: readonly LedgerEntry[];
  now: number;
  timeZone?: string;
}

/** Does this warning concern the video (its code, or its creator's live campaign)? */
export function concernsVideo(w: LedgerWarning, videoId: string, handle: string | null): boolean {
  switch (w.kind) {
    case 'expires-before-campaign-end':
      return w.videoId === videoId;
    case 'duplicate-code':
      return w.videoIds.includes(videoId);
    case 'single-video-campaign':
      // Shown on the creator's other videos too: they are the backups the warning suggests.
      return w.videoId === videoId || (handle !== null && w.handle === handle);
  }
}

export function warningsForVideo(input: WarningInput, videoId: string, handle: string | null): LedgerWarning[] {
  return ledgerWarnings(input).filter((w) => concernsVideo(w, videoId, handle));
}

/** The warning in words; a duplicate code also names the other videos, so the user knows where to look. */
export function warningText(
  w: LedgerWarning,
  videoId: string,
  videos: ReadonlyMap<string, LedgerVideo>,
  timeZone?: string,
): string {
  const text = describeWarning(w, { timeZone });
  if (w.kind !== 'duplicate-code') return text;
  const others = w.videoIds
    .filter((id) => id !== videoId)
    .map((id) => {
      const handle = videos.get(id)?.handle;
      return handle ? `@${handle} (video ${id})` : `video ${id}`;
    });
  return others.length ? `${text} Also on: ${others.join(', ')}.` : text;
}
