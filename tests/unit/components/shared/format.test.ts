import { describe, expect, it } from 'vitest';
import { formatCompact, formatExact, formatSeconds, statText } from '@/components/shared/format';

const stat = (value: number, exact: boolean, source: 'statsV2' | 'stats' | 'dom' | 'import') => ({
  value,
  exact,
  source,
  capturedAt: 0,
});

describe('count formatting', () => {
  it('prints exact counts in full with grouping', () => {
    expect(formatExact(1_585_253)).toBe('1,585,253');
  });

  it('prints compact counts the way TikTok does', () => {
    expect([formatCompact(892), formatCompact(3_400), formatCompact(1_100_000)]).toEqual(['892', '3.4K', '1.1M']);
  });

  it('marks an exact stat as exact', () => {
    expect(statText(stat(1_585_253, true, 'statsV2'))).toEqual({ value: '1,585,253', mark: 'exact', exact: true });
  });

  it('marks an approximate stat with ≈ and where it came from', () => {
    expect(statText(stat(1_100_000, false, 'dom'))).toEqual({ value: '≈1.1M', mark: 'from page text', exact: false });
    expect(statText(stat(2_300_000, false, 'stats'))?.mark).toBe('rounded by TikTok');
  });

  it('keeps an unknown stat unknown', () => {
    expect(statText(null)).toBeNull();
  });

  it('prints seconds with one decimal', () => {
    expect([formatSeconds(0), formatSeconds(2.84), formatSeconds(12)]).toEqual(['0.0', '2.8', '12.0']);
  });
});
