import type { Band, Objective, PolicyCategory } from '@/lib/schemas/score';
import type { ShortlistStatus } from '@/lib/schemas/shortlist';
import { shortlistRecordSchema, type RowSummary, type ShortlistRecord } from './records';
import { check, rawId, type BadRecord } from './validate';
import { foldText } from '@/lib/fold-text';

/**
 * The in-memory row model of the shortlist: one compact row per entry, loaded once, then filtered and sorted in
 * memory (10,000 rows filter or sort in a few ms; IndexedDB indexes could not combine these filters anyway).
 * Pure: no Dexie here, so the dashboard, the popup, export and benches can all use it.
 */

export type EligibilityStatus = 'eligible' | 'at-risk' | 'ineligible';

export interface ShortlistRow {
  ok: true;
  videoId: string;
  url: string;
  handle: string;
  nickname: string | null;
  followers: number | null;
  caption: string;
  hashtags: string[];
  status: ShortlistStatus;
  tags: string[];
  note: string;
  objective: Objective;
  score: number | null;
  band: Band | null;
  /** (likes+comments+shares+saves) ÷ views × 100 from the latest stats; null without views. */
  engagementRatePct: number | null;
  views: number | null;
  likes: number | null;
  comments: number | null;
  shares: number | null;
  saves: number | null;
  statsExact: boolean;
  postedAt: number | null;
  durationSec: number | null;
  shortlistedAt: number;
  updatedAt: number;
  policyCategories: PolicyCategory[];
  eligibility: EligibilityStatus | null;
  scoringVersion: string | null;
  scoredAt: number | null;
  /** Folded text of caption, handle, nickname, hashtags, tags and note, for search. */
  search: string;
}

export type RowItem = ShortlistRow | BadRecord;

export { foldText };

/** Unknown non-view counts count as zero (the export's rule); unknown or zero views give null. */
export function engagementRate(
  s: Pick<RowSummary, 'views' | 'likes' | 'comments' | 'shares' | 'saves'>,
): number | null {
  if (!s.views) return null;
  return (((s.likes ?? 0) + (s.comments ?? 0) + (s.shares ?? 0) + (s.saves ?? 0)) / s.views) * 100;
}

export function toRow(r: ShortlistRecord): ShortlistRow {
  const s = r.summary;
  return {
    ok: true,
    videoId: r.videoId,
    url: s.url,
    handle: r.handle,
    nickname: s.nickname,
    followers: s.followers,
    caption: s.caption,
    hashtags: s.hashtags,
    status: r.status,
    tags: r.tags,
    note: r.note,
    objective: r.objective,
    score: s.score,
    band: s.band,
    engagementRatePct: engagementRate(s),
    views: s.views,
    likes: s.likes,
    comments: s.comments,
    shares: s.shares,
    saves: s.saves,
    statsExact: s.statsExact,
    postedAt: s.postedAt,
    durationSec: s.durationSec,
    shortlistedAt: r.shortlistedAt,
    updatedAt: r.updatedAt,
    policyCategories: s.policyCategories,
    eligibility: s.eligibility,
    scoringVersion: s.scoringVersion,
    scoredAt: s.scoredAt,
    search: foldText(
      [s.caption, r.handle, s.nickname ?? '', s.hashtags.join(' '), r.tags.join(' '), r.note].join('\n'),
    ),
  };
}

/**
 * Stored shortlist records (as read, unchecked) to rows; a record that fails its schema becomes one bad row. A record
 * without a usable id is named by its place in the read ("#12"); `offset` is where `raws` starts in a read taken in
 * parts.
 */
export function buildRows(raws: readonly unknown[], offset = 0): { rows: ShortlistRow[]; bad: BadRecord[] } {
  const rows: ShortlistRow[] = [];
  const bad: BadRecord[] = [];
  raws.forEach((raw, i) => {
    const c = check(shortlistRecordSchema, raw, rawId(raw, 'videoId', `#${offset + i}`));
    if (c.ok) rows.push(toRow(c.value));
    else bad.push(c);
  });
  return { rows, bad };
}

export const SORT_KEYS = ['score', 'engagement', 'views', 'likes', 'postedAt', 'shortlistedAt'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export interface RowSort {
  key: SortKey;
  dir: 'asc' | 'desc';
}

export interface RowQuery {
  statuses?: readonly ShortlistStatus[];
  bands?: readonly Band[];
  objectives?: readonly Objective[];
  /** Rows carrying every one of these tags (case-insensitive). */
  tags?: readonly string[];
  /** One creator's handle, with or without "@". */
  creator?: string;
  /** 'flagged': any policy flag; 'clean': none; a category: that one. */
  policy?: 'flagged' | 'clean' | PolicyCategory;
  eligibility?: readonly EligibilityStatus[];
  /** Full-text search: every whitespace-separated term must appear (a leading "#" or "@" is ignored). */
  text?: string;
  sort?: RowSort;
}

export const DEFAULT_SORT: RowSort = { key: 'shortlistedAt', dir: 'desc' };

const SORT_VALUE: Record<SortKey, (r: ShortlistRow) => number | null> = {
  score: (r) => r.score,
  engagement: (r) => r.engagementRatePct,
  views: (r) => r.views,
  likes: (r) => r.likes,
  postedAt: (r) => r.postedAt,
  shortlistedAt: (r) => r.shortlistedAt,
};

export function searchTerms(text: string): string[] {
  return foldText(text)
    .split(/\s+/)
    .map((t) => t.replace(/^[#@]+/, ''))
    .filter(Boolean);
}

/** Builds one predicate for the query, checking the cheap conditions first. */
export function rowPredicate(q: RowQuery): (r: ShortlistRow) => boolean {
  const statuses = q.statuses?.length ? new Set(q.statuses) : null;
  const bands = q.bands?.length ? new Set<Band | null>(q.bands) : null;
  const objectives = q.objectives?.length ? new Set(q.objectives) : null;
  const eligibility = q.eligibility?.length ? new Set<EligibilityStatus | null>(q.eligibility) : null;
  const creator = q.creator ? q.creator.trim().replace(/^@/, '').toLowerCase() : '';
  const tags = (q.tags ?? []).map((t) => t.toLowerCase());
  const terms = q.text ? searchTerms(q.text) : [];
  const policy = q.policy;
  return (r) => {
    if (statuses && !statuses.has(r.status)) return false;
    if (bands && !bands.has(r.band)) return false;
    if (objectives && !objectives.has(r.objective)) return false;
    if (eligibility && !eligibility.has(r.eligibility)) return false;
    if (creator && r.handle.toLowerCase() !== creator) return false;
    if (
      policy === 'flagged'
        ? r.policyCategories.length === 0
        : policy === 'clean'
          ? r.policyCategories.length > 0
          : policy && !r.policyCategories.includes(policy)
    )
      return false;
    if (tags.length && !tags.every((t) => r.tags.some((x) => x.toLowerCase() === t))) return false;
    for (const term of terms) if (!r.search.includes(term)) return false;
    return true;
  };
}

export function filterRows(rows: readonly ShortlistRow[], q: RowQuery): ShortlistRow[] {
  return rows.filter(rowPredicate(q));
}

/**
 * A sorted copy. Unknown values (no score yet, views hidden) go last in both directions, because a scout sorting
 * by views wants the known numbers first; ties keep the newest shortlisted first, then the video id, so the order
 * is the same on every run.
 */
export function sortRows(rows: readonly ShortlistRow[], sort: RowSort = DEFAULT_SORT): ShortlistRow[] {
  const value = SORT_VALUE[sort.key];
  const sign = sort.dir === 'asc' ? 1 : -1;
  // Decorate once: the comparator then reads plain numbers instead of calling accessors ~140,000 times.
  const keyed = rows.map((row) => ({ row, v: value(row) }));
  keyed.sort((a, b) => {
    if (a.v !== b.v) {
      if (a.v === null) return 1;
      if (b.v === null) return -1;
      return (a.v - b.v) * sign;
    }
    if (a.row.shortlistedAt !== b.row.shortlistedAt) return b.row.shortlistedAt - a.row.shortlistedAt;
    return a.row.videoId < b.row.videoId ? -1 : a.row.videoId > b.row.videoId ? 1 : 0;
  });
  return keyed.map((k) => k.row);
}

export function queryRows(rows: readonly ShortlistRow[], q: RowQuery = {}): ShortlistRow[] {
  return sortRows(filterRows(rows, q), q.sort);
}
