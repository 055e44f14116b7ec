import type { Band, Objective, PolicyCategory } from '@/lib/schemas/score';
import type { ShortlistStatus } from '@/lib/schemas/shortlist';

/**
 * What list screens (popup, dashboard) show of one shortlisted video. The row model in lib/db builds a superset of
 * this; components declare only what they read, so they never import the database.
 */
export interface VideoRow {
  videoId: string;
  url: string;
  handle: string;
  nickname: string | null;
  caption: string;
  status: ShortlistStatus;
  tags: readonly string[];
  note: string;
  objective: Objective;
  score: number | null;
  band: Band | null;
  engagementRatePct: number | null;
  views: number | null;
  likes: number | null;
  /** Every known count exact; false means some came from page text or rounding. */
  statsExact: boolean;
  postedAt: number | null;
  shortlistedAt: number;
  policyCategories: readonly PolicyCategory[];
  eligibility: 'eligible' | 'at-risk' | 'ineligible' | null;
}

/** A stored record that no longer reads: shown as one row with its reason, never hiding the others. */
export interface BadRow {
  id: string;
  reason: string;
}
