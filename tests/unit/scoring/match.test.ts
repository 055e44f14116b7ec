import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expand, matcher, prepare } from '@/lib/scoring/match';

describe('keyword matcher', () => {
  const m = matcher(['ad', 'gin', 'black friday', 'link in bio', "don't scroll", 'e-cig', '/\\d{1,3}\\s?% off/']);

  it('matches whole words only', () => {
    expect(m.find('Add this to the engine, headband, ginger')).toEqual([]);
    expect(m.find('another AD, with gin')).toEqual(['ad', 'gin']);
  });

  it('finds a phrase spaced, hyphenated or run together as a hashtag', () => {
    expect(m.find('Black-Friday deals')).toEqual(['black friday']);
    expect(m.find('#BlackFriday')).toEqual(['blackfriday']);
    expect(m.find('LINK IN BIO')).toEqual(['link in bio']);
    expect(m.find('the E-cig aisle')).toEqual(['e cig']);
  });

  it('finds plurals and curly apostrophes', () => {
    expect(m.find('two gins')).toEqual(['gins']);
    expect(m.find('Don’t scroll')).toEqual(["don't scroll"]);
  });

  it('answers test() exactly as find() does, on short and long texts', () => {
    const words = fc.constantFrom(
      'ad',
      'AD',
      'gin',
      'black',
      'friday',
      'link',
      'in',
      'bio',
      "don't",
      'scroll',
      'e-cig',
      '20%',
      'off',
      'x',
      '#blackfriday',
      'add',
      ',',
      'la',
    );
    fc.assert(
      fc.property(fc.array(words, { maxLength: 60 }), (ws) => {
        const text = ws.join(' ');
        expect(m.test(text)).toBe(m.find(text).length > 0);
        expect(m.test(prepare(text, false))).toBe(m.find(prepare(text, false)).length > 0);
      }),
    );
  });

  it('runs /…/ patterns and orders every match by position', () => {
    expect(m.find('20% off with the link in bio, 50 % off gin')).toEqual(['20% off', 'link in bio', '50 % off', 'gin']);
  });

  it('skips the patterns when the text lacks what they need', () => {
    const gated = matcher(['/\\d+ days/'], /\d/);
    expect(gated.find('3 days left')).toEqual(['3 days']);
    expect(gated.test('three days left')).toBe(false);
  });

  it('prefers the longest term starting at a word', () => {
    expect(matcher(['heute', 'heute abend']).find('Heute Abend live')).toEqual(['heute abend']);
  });

  it('reads a prepared text the same as the string', () => {
    const text = 'Black Friday: 30% off, link in bio';
    expect(m.find(prepare(text, false))).toEqual(m.find(text));
  });

  it('expands {a|b} choices, an empty choice dropping the word, and refuses nesting', () => {
    expect(expand('where {can|do} {i|you|} buy')).toEqual([
      'where can i buy',
      'where can you buy',
      'where can buy',
      'where do i buy',
      'where do you buy',
      'where do buy',
    ]);
    expect(() => expand('{a{b|c}|d}')).toThrow(/nested/);
  });
});
