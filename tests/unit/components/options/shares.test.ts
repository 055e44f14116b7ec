import { describe, expect, it } from 'vitest';
import { sharesOf } from '@/components/options/shares';
import { FACTORS } from '@/lib/schemas/score';
import type { Weights } from '@/lib/schemas/settings';
import { OBJECTIVE_PRESETS } from '@/lib/settings';

const weights = (...w: number[]): Weights =>
  Object.fromEntries(FACTORS.map((f, i) => [f, w[i] ?? 0])) as unknown as Weights;
const total = (shares: Record<string, string>) =>
  Object.values(shares)
    .filter((s) => s !== '—')
    .reduce((n, s) => n + Math.round(parseFloat(s) * 10), 0) / 10;

describe('the share each factor gets of its column', () => {
  it('adds up to exactly 100% where rounding each share alone made 102%', () => {
    // 1, 1, 1, 1 and 4 of 8: 12.5% four times, each rounded up to 13%, and 50%.
    expect(sharesOf(weights(1, 1, 1, 1, 4))).toEqual({
      hook: '12.5%',
      length: '12.5%',
      comments: '12.5%',
      evergreen: '12.5%',
      engagement: '50%',
      native: '0%',
      cta: '0%',
    });
  });

  it('hands a tenth that cannot be split evenly to the largest remainder, first factor first', () => {
    expect(Object.values(sharesOf(weights(1, 1, 1)))).toEqual(['33.4%', '33.3%', '33.3%', '0%', '0%', '0%', '0%']);
    expect(Object.values(sharesOf(weights(2, 1, 1, 1, 1, 1, 1)))).toEqual([
      '25%',
      '12.5%',
      '12.5%',
      '12.5%',
      '12.5%',
      '12.5%',
      '12.5%',
    ]);
  });

  it('adds up to 100% for every preset and for awkward weights', () => {
    for (const preset of Object.values(OBJECTIVE_PRESETS)) expect(total(sharesOf(preset))).toBe(100);
    for (const w of [weights(1, 1, 1, 1, 1, 1, 1), weights(0.1, 0.2, 0.3, 9.9, 7, 3.3, 0.7), weights(10, 0.01)]) {
      expect(total(sharesOf(w))).toBe(100);
    }
  });

  it('leaves a box that is not a number out, and shows no shares when every weight is 0', () => {
    expect(sharesOf(weights(Number.NaN, 1, 3))).toMatchObject({ hook: '—', length: '25%', comments: '75%' });
    expect(new Set(Object.values(sharesOf(weights())))).toEqual(new Set(['—']));
  });
});
