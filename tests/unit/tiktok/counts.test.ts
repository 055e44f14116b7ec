import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_COUNT, parseCount } from '@/lib/tiktok/counts';

describe('parseCount', () => {
  it.each([
    ['0', 0],
    ['892', 892],
    ['1,204', 1204],
    ['3.4K', 3400],
    ['103K', 103000],
    ['1.1M', 1100000],
    ['2B', 2000000000],
    ['40.4k', 40400],
    ['235.0k', 235000],
    ['1,2 K', 1200],
    ['1.234', 1234],
    ['1 234', 1234],
    ['1\u00a0234', 1234],
    ['12,5 Mio.', 12500000],
    ['1,2 mil', 1200],
    ['3万', 30000],
    ['  77  ', 77],
    ['99+', 99],
  ])('reads %j as %d, approximate', (text, value) => {
    expect(parseCount(text)).toEqual({ value, exact: false });
  });

  // REFERENCE §4.5: TikTok's locale count formats are unverified; these are the ICU compact forms of its languages.
  it.each([
    ['1,2 mil.', 1_200_000], // cs/sk/ro/hr: "mil." (with the dot) is million
    ['12 mil.', 12_000_000],
    ['1,2 mil', 1200], // es/pt: "mil" is thousand
    ['12,5 Mio.', 12_500_000], // a dot after any other suffix is only an abbreviation mark
  ])('tells the million "mil." from the thousand "mil": %j is %d', (text, value) => {
    expect(parseCount(text)).toEqual({ value, exact: false });
  });

  it.each([
    ['1,2 B', 'tr', 1200], // Turkish "B" = bin (thousand), not billion
    ['12 B', 'tr-TR', 12_000],
    ['3,4 Mn', 'tr', 3_400_000], // milyon
    ['1,2 K', 'tr', 1200],
    ['1,2 B', '', 1_200_000_000], // no page language: the English reading, as before
    ['2B', 'en-US', 2_000_000_000],
    ['1,2 B', 'tt', 1_200_000_000], // Tatar is not Turkish
  ])('reads %j on a page in language %j as %d', (text, lang, value) => {
    expect(parseCount(text, lang)).toEqual({ value, exact: false });
  });

  it.each(['Share', 'Like', 'Comment', '', '   ', 'K', '-5', '1e30', 'NaN', '12,5', '1,2,3', '1.2.3K', '3.4X', '١٢٣'])(
    'gives null for %j',
    (text) => {
      expect(parseCount(text)).toBeNull();
    },
  );

  it('gives null for non-strings instead of throwing', () => {
    for (const v of [undefined, null, 42, {}, [], Symbol('x'), () => 1]) expect(parseCount(v)).toBeNull();
  });

  it('rejects counts above the schema bound', () => {
    expect(parseCount('99999999B')).toBeNull();
    expect(parseCount('10000B')?.value).toBe(MAX_COUNT);
  });

  it('never throws and never returns a negative, non-integer or non-finite value (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.anything(), fc.stringMatching(/^[\d.,\s]{0,12}[kKmMbB]?\+?$/)), (input) => {
        const r = parseCount(input);
        if (r === null) return true;
        return r.exact === false && Number.isSafeInteger(r.value) && r.value >= 0 && r.value <= MAX_COUNT;
      }),
      { numRuns: 2000 },
    );
  });

  it('round-trips every integer written plainly or with thousands separators (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), (n) => {
        expect(parseCount(String(n))?.value).toBe(n);
        expect(parseCount(n.toLocaleString('en-US'))?.value).toBe(n);
        expect(parseCount(n.toLocaleString('de-DE'))?.value).toBe(n);
      }),
    );
  });
});
