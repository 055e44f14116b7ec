import { describe, expect, it } from 'vitest';
import { compact, plural } from '@/lib/scoring/format';

describe('numbers in reason sentences', () => {
  it('writes counts under 10,000 exactly with a thousands comma, larger ones short', () => {
    expect([0, 7, 999, 1000, 3538, 7602.4, 9999].map(compact)).toEqual([
      '0',
      '7',
      '999',
      '1,000',
      '3,538',
      '7,602',
      '9,999',
    ]);
    expect([10_000, 14_240, 1_900_000, 2_500_000_000].map(compact)).toEqual(['10K', '14.2K', '1.9M', '2.5B']);
    expect(compact(-3538)).toBe('-3,538');
  });

  it('uses the singular for one', () => {
    expect([plural(1, 'comment'), plural(0, 'comment'), plural(3, 'day')]).toEqual([
      '1 comment',
      '0 comments',
      '3 days',
    ]);
  });
});
