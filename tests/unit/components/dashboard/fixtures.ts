import { afterEach, beforeEach } from 'vitest';
import type { VideoRow } from '@/components/shared/row-types';

const DAY = 86_400_000;
const AT = Date.UTC(2026, 4, 1, 12);

/** A table row with readable, distinct values; any field can be overridden. */
export function row(i: number, over: Partial<VideoRow> = {}): VideoRow {
  return {
    videoId: String(7_000_000_000_000_000_000n + BigInt(i)),
    url: `https://www.tiktok.com/@creator_${i}/video/${7_000_000_000_000_000_000n + BigInt(i)}`,
    handle: `creator_${i}`,
    nickname: `Creator ${i}`,
    caption: `Caption number ${i} #ugc`,
    status: 'candidate',
    tags: [],
    note: '',
    objective: 'consideration',
    score: 50 + (i % 50),
    band: 'maybe',
    engagementRatePct: 4.25,
    views: 120_000 + i,
    likes: 9_000,
    statsExact: true,
    postedAt: AT - 30 * DAY,
    shortlistedAt: AT - i * 60_000,
    policyCategories: [],
    eligibility: 'eligible',
    ...over,
  };
}

export const rows = (n: number): VideoRow[] => Array.from({ length: n }, (_, i) => row(i));

/**
 * jsdom lays nothing out, so every element measures 0 × 0 and a virtualizer would render no rows. Give elements a
 * viewport-sized box for the duration of each test.
 */
export function withViewport(height = 600, width = 1200) {
  const saved = {
    h: Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight'),
    w: Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientWidth'),
  };
  beforeEach(() => {
    Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => height });
    Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => width });
  });
  afterEach(() => {
    if (saved.h) Object.defineProperty(HTMLElement.prototype, 'clientHeight', saved.h);
    if (saved.w) Object.defineProperty(HTMLElement.prototype, 'clientWidth', saved.w);
  });
}
