import type { ScoreResult } from '@/lib/schemas/score';
import type { VideoRecord } from '@/lib/schemas/video';
import { scoreWithBaseline } from './score';
import type { CreatorBaseline, ScoreContext } from './types';

/**
 * "Rescore all": scores every video with the same settings, objective and clock. Each video's breakout baseline is
 * the median views of the *other* videos of the same creator in the batch (by handle), computed once per creator
 * from one sorted list, so a batch of 10,000 costs no more than 10,000 single scores.
 */
export function rescoreMany(
  videos: readonly VideoRecord[],
  context: Omit<ScoreContext, 'creatorVideos'>,
): ScoreResult[] {
  const byCreator = new Map<string, number[]>();
  for (const v of videos) {
    const views = v.stats.views?.value;
    if (views === undefined) continue;
    const key = v.author.handle.toLowerCase();
    const list = byCreator.get(key);
    if (list) list.push(views);
    else byCreator.set(key, [views]);
  }
  for (const list of byCreator.values()) list.sort((a, b) => a - b);
  const ids = new Set<string>();
  return videos.map((v) => {
    const sorted = byCreator.get(v.author.handle.toLowerCase()) ?? [];
    const own = v.stats.views?.value;
    if (ids.has(v.id)) return scoreWithBaseline(v, context, null); // a duplicate record: no baseline rather than a wrong one
    ids.add(v.id);
    return scoreWithBaseline(v, context, medianWithout(sorted, own));
  });
}

/** Median of a sorted list with one occurrence of `own` removed (O(log n)); `own` undefined = not in the list. */
export function medianWithout(sorted: readonly number[], own: number | undefined): CreatorBaseline {
  let skip = -1;
  if (own !== undefined) {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]! < own) lo = mid + 1;
      else hi = mid;
    }
    skip = lo;
  }
  const n = sorted.length - (skip >= 0 ? 1 : 0);
  if (n <= 0) return { median: 0, count: 0 };
  const at = (r: number) => sorted[skip >= 0 && r >= skip ? r + 1 : r]!;
  const mid = n >> 1;
  return { median: n % 2 === 1 ? at(mid) : (at(mid - 1) + at(mid)) / 2, count: n };
}
