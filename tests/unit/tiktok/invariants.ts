import { STAT_KEYS, videoRecordSchema, type Stat, type VideoRecord } from '@/lib/schemas/video';
import { looksDisplayRounded } from '@/lib/tiktok/stats';

/** No number presented as exact unless it is a finite, non-negative integer that is not a rounded display value. */
export function exactIsHonest(stat: Stat | null): boolean {
  if (!stat) return true;
  if (!Number.isSafeInteger(stat.value) || stat.value < 0) return false;
  if (!stat.exact) return true;
  return (
    stat.source !== 'dom' && !looksDisplayRounded(stat.value) && !(stat.source === 'stats' && stat.value >= 10_000)
  );
}

export function recordIsSound(r: VideoRecord): boolean {
  return (
    videoRecordSchema.safeParse(r).success &&
    STAT_KEYS.every((k) => exactIsHonest(r.stats[k])) &&
    exactIsHonest(r.author.followers)
  );
}

/** Sets `value` at a dotted path inside a deep copy of `obj` (creating objects on the way). */
export function mutate<T>(obj: T, path: string, value: unknown): T {
  const copy = structuredClone(obj) as Record<string, unknown>;
  const keys = path.split('.');
  let cur: Record<string, unknown> = copy;
  for (const k of keys.slice(0, -1)) {
    if (typeof cur[k] !== 'object' || cur[k] === null) cur[k] = {};
    cur = cur[k] as Record<string, unknown>;
  }
  cur[keys[keys.length - 1]!] = value;
  return copy as T;
}
