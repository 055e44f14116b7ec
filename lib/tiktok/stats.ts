/**
 * Picks one stat from `statsV2` (strings) and `stats` (numbers) and says honestly whether it is exact.
 *
 * `stats` is rounded to TikTok's display form once a count reaches 10,000 (samples: 38900 vs statsV2 "38884",
 * 59100 vs "59149", 40400 vs "40398"); below 10,000 the two always agree. `statsV2` is usually exact but not
 * always: in samples 01/03/03b/07 it repeats the rounded value ("317100", "866000", "14200000"). So a statsV2 value
 * of 10,000+ that has exactly the display-rounded shape (…00 under a million, …00000 under a billion) is kept but
 * marked approximate: about 1 in 100 truly exact counts is mislabelled, never a rounded one shown as exact.
 */
import type { Stat } from '@/lib/schemas/video';
import { count } from './coerce';

const ROUNDING_STARTS_AT = 10_000;

/** The step TikTok rounds a count of this size to for display (nearest, not down: "38884" → 38900). */
export function roundingStep(value: number): number {
  if (value < ROUNDING_STARTS_AT) return 1;
  if (value < 1e6) return 100; // 317.1K
  if (value < 1e9) return 1e5; // 14.2M
  return 1e8; // 1.2B
}

export function looksDisplayRounded(value: number): boolean {
  return value >= ROUNDING_STARTS_AT && value % roundingStep(value) === 0;
}

export function statFrom(v2: unknown, v1: unknown, capturedAt: number): Stat | null {
  const exactish = count(v2);
  if (exactish !== null) {
    return { value: exactish, exact: !looksDisplayRounded(exactish), source: 'statsV2', capturedAt };
  }
  const rounded = count(v1);
  if (rounded !== null) {
    return { value: rounded, exact: rounded < ROUNDING_STARTS_AT, source: 'stats', capturedAt };
  }
  return null;
}
