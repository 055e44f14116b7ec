import type { ScoreResult } from '@/lib/schemas/score';
import type { VideoRecord } from '@/lib/schemas/video';

/** What the card shows. `partial` names data that could not be read (e.g. "comments", "transcript"). */
export type CardState =
  | { kind: 'loading' }
  | { kind: 'error'; reason: string }
  | { kind: 'ready'; video: VideoRecord; result: ScoreResult; partial?: readonly string[] };

/** The shortlist as the background reports it for this video and its creator. */
export interface ShortlistInfo {
  shortlisted: boolean;
  creatorShortlistedCount: number;
}

/** What "Add to shortlist" hands back; the wiring adds objective, handle and times. */
export interface ShortlistDraft {
  tags: string[];
  note: string;
}

export type { CommentInsights } from '@/lib/schemas/insights';
