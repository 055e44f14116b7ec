import type { ShortlistStatus } from '@/lib/schemas/shortlist';
import type { CreatorRecord, ShortlistRecord } from './records';

/** What one shortlisted video contributes to its creator's totals (a ShortlistRow satisfies it too). */
export interface CreatorInput {
  videoId: string;
  handle: string;
  status: ShortlistStatus;
  nickname: string | null;
  followers: number | null;
  score: number | null;
  views: number | null;
}

export function creatorInputOf(record: ShortlistRecord): CreatorInput {
  const s = record.summary;
  return {
    videoId: record.videoId,
    handle: record.handle,
    status: record.status,
    nickname: s.nickname,
    followers: s.followers,
    score: s.score,
    views: s.views,
  };
}

/** Pure totals of one creator's shortlisted videos. */
export function aggregateCreator(handle: string, items: readonly CreatorInput[], now: number): CreatorRecord {
  let nickname: string | null = null;
  let followers: number | null = null;
  let bestScore: number | null = null;
  let totalViews = 0;
  const liveVideoIds: string[] = [];
  for (const it of items) {
    nickname ??= it.nickname;
    // Follower counts only grow in practice, so the largest is the freshest reading.
    if (it.followers !== null && (followers === null || it.followers > followers)) followers = it.followers;
    if (it.score !== null && (bestScore === null || it.score > bestScore)) bestScore = it.score;
    totalViews += it.views ?? 0;
    if (it.status === 'live') liveVideoIds.push(it.videoId);
  }
  return {
    handle,
    nickname,
    followers,
    shortlisted: items.length,
    bestScore,
    totalViews,
    liveVideoIds,
    updatedAt: now,
  };
}

/** Why a creator needs attention: a live campaign resting on one video stops if that one code lapses. */
export function creatorWarning(creator: Pick<CreatorRecord, 'liveVideoIds'>): string | null {
  return creator.liveVideoIds.length === 1
    ? 'Live campaign depends on a single video: if its authorization lapses, the campaign stops.'
    : null;
}

/** Groups inputs by handle, keeping first-seen order. */
export function groupCreators<T extends CreatorInput>(items: readonly T[], now: number): CreatorRecord[] {
  const byHandle = new Map<string, T[]>();
  for (const it of items) {
    const list = byHandle.get(it.handle);
    if (list) list.push(it);
    else byHandle.set(it.handle, [it]);
  }
  return [...byHandle].map(([handle, list]) => aggregateCreator(handle, list, now));
}

export interface CreatorSummary extends CreatorRecord {
  warning: string | null;
}

/** Best score first (unscored last), then the most shortlisted, then by handle. */
export function sortCreators(creators: readonly CreatorRecord[]): CreatorSummary[] {
  return creators
    .map((c) => ({ ...c, warning: creatorWarning(c) }))
    .sort(
      (a, b) =>
        (b.bestScore ?? -1) - (a.bestScore ?? -1) || b.shortlisted - a.shortlisted || a.handle.localeCompare(b.handle),
    );
}
