import { describe, expect, it } from 'vitest';
import { marketsOf, tickMarket } from '@/components/options/markets';

describe('target markets on the options page', () => {
  it('reads Global beside other markets, or no market, the way scoring does', () => {
    expect(marketsOf(['global', 'uk', 'eea'])).toEqual(['eea', 'uk']);
    expect(marketsOf([])).toEqual(['global']);
    expect(marketsOf(['global'])).toEqual(['global']);
  });

  it('clears the others when Global is ticked, and Global when another is', () => {
    expect(tickMarket(['uk', 'eea'], 'global', true)).toEqual(['global']);
    expect(tickMarket(['global'], 'us', true)).toEqual(['us']);
    expect(tickMarket(['us'], 'israel', true)).toEqual(['us', 'israel']);
  });

  it('falls back to Global when the last market is unticked, and keeps Global when it is', () => {
    expect(tickMarket(['us', 'ca'], 'us', false)).toEqual(['ca']);
    expect(tickMarket(['ca'], 'ca', false)).toEqual(['global']);
    expect(tickMarket(['global'], 'global', false)).toEqual(['global']);
  });
});
