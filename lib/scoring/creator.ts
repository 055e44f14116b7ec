import type { CreatorBaseline, CreatorVideo } from './types';

/** Median views of the creator's other known videos (the scored video itself and unknown counts left out). */
export function creatorBaseline(videoId: string, others: readonly CreatorVideo[] | undefined): CreatorBaseline | null {
  if (!others) return null;
  const seen = new Set<string>([videoId]);
  const views: number[] = [];
  for (const o of others) {
    if (seen.has(o.id) || o.views === null || !Number.isFinite(o.views)) continue;
    seen.add(o.id);
    views.push(o.views);
  }
  return views.length === 0 ? { median: 0, count: 0 } : { median: median(views), count: views.length };
}

export function median(values: number[]): number {
  const v = [...values].sort((a, b) => a - b);
  const mid = v.length >> 1;
  return v.length % 2 === 1 ? v[mid]! : (v[mid - 1]! + v[mid]!) / 2;
}
