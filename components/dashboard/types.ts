import type { Band, ScoreResult } from '@/lib/schemas/score';
import type { ShortlistEntry, ShortlistStatus, StatsSnapshot } from '@/lib/schemas/shortlist';
import type { VideoRecord } from '@/lib/schemas/video';
import type { CommentInsights } from '@/components/overlay/types';

/** What the table shows right now, for actions that work on "what I see" (export, bulk edits). */
export interface TableView {
  /** Every row the current filter and sort show, in table order. */
  visibleIds: readonly string[];
  /** Selected rows, in table order. */
  selectedIds: readonly string[];
}

/** One creator's totals over their shortlisted videos. */
export interface CreatorRow {
  handle: string;
  nickname: string | null;
  followers: number | null;
  shortlisted: number;
  bestScore: number | null;
  totalViews: number;
  liveVideoIds: readonly string[];
  /** Set when a live campaign rests on a single video. */
  warning: string | null;
}

/** The detail panel's content for the video in the route. */
export type DetailData =
  | { kind: 'loading'; videoId: string }
  | { kind: 'missing'; videoId: string }
  | { kind: 'bad'; videoId: string; reason: string }
  | {
      kind: 'ready';
      entry: ShortlistEntry;
      /** null when the full record is missing or no longer reads (the entry still works). */
      video: VideoRecord | null;
      /** The score for the entry's objective; null until scored. */
      score: ScoreResult | null;
      /** Stats history, oldest first. */
      snapshots: readonly StatsSnapshot[];
      insights?: CommentInsights;
    };

/** Edits the dashboard hands to its wiring; each resolves when written. */
export interface DashboardActions {
  setStatus: (ids: readonly string[], status: ShortlistStatus) => Promise<unknown>;
  addTags: (ids: readonly string[], tags: readonly string[]) => Promise<unknown>;
  removeTags: (ids: readonly string[], tags: readonly string[]) => Promise<unknown>;
  setTags: (id: string, before: readonly string[], after: readonly string[]) => Promise<unknown>;
  setNote: (id: string, note: string) => Promise<unknown>;
  /** Deletes and offers an undo (the wiring keeps what is needed to put the rows back). */
  remove: (ids: readonly string[]) => Promise<unknown>;
}

export type BandCounts = Record<Band | 'unscored', number>;

/** "Rescore all": where it is. */
export type RescoreView =
  | { phase: 'idle' }
  | { phase: 'running'; done: number; total: number }
  | { phase: 'saving'; total: number }
  | { phase: 'done'; before: BandCounts; after: BandCounts; rescored: number; skipped: number }
  | { phase: 'error'; message: string };

/** A delete or its undo while it is written: 10,000 videos take seconds, and the table changes only after. */
export interface PendingWrite {
  kind: 'deleting' | 'restoring';
  count: number;
}

/** A deletion the user can still take back. */
export interface UndoOffer {
  count: number;
  onUndo: () => void;
  onDismiss: () => void;
}
