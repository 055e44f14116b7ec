import { createStore } from 'zustand/vanilla';
import type { ShortlistInfo } from '@/components/overlay/types';
import type { CommentInsights } from '@/lib/schemas/insights';
import type { Objective, ScoreResult } from '@/lib/schemas/score';
import type { VideoRecord } from '@/lib/schemas/video';

/** What the content script knows for the open card: one video, scored for every objective at once. */
export type LoadedCard =
  | { key: string; kind: 'loading' }
  | { key: string; kind: 'error'; reason: string }
  | {
      key: string;
      kind: 'ready';
      video: VideoRecord;
      results: Record<Objective, ScoreResult>;
      insights: CommentInsights | undefined;
      partial: string[];
      shortlist: ShortlistInfo;
    };

export interface CardContentState {
  card: LoadedCard | null;
  set: (card: LoadedCard | null) => void;
}

/** The open card's data (UI state lives in the overlay store; records stay behind the background). */
export const createCardContent = () =>
  createStore<CardContentState>()((set) => ({ card: null, set: (card) => set({ card }) }));
export type CardContentStore = ReturnType<typeof createCardContent>;
