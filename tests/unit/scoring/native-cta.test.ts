import { describe, expect, it } from 'vitest';
import { ctaFactor } from '@/lib/scoring/factors/cta';
import { isBrandAccount, nativeFactor } from '@/lib/scoring/factors/native';
import { brandMatcher } from '@/lib/scoring/text';
import { makeVideo, transcript } from './factory';

const native = (video = makeVideo(), terms: string[] = [], handles: string[] = []) => {
  const o = nativeFactor(video, brandMatcher(terms), handles, terms);
  if (!('score' in o)) throw new Error(o.missing);
  return o;
};
const cta = (caption: string, objective: 'awareness' | 'consideration' | 'conversion') => {
  const o = ctaFactor(makeVideo({ caption }), objective);
  if (!('score' in o)) throw new Error(o.missing);
  return o;
};

describe('native feel', () => {
  it('gives a creator talking, with no brand or sales language, 80', () => {
    expect(native().score).toBe(80);
  });

  it('takes points for the brand’s own account, the brand up front, an #ad tag and sales language', () => {
    const v = makeVideo({
      handle: 'glossier',
      caption: '#ad Glossier Balm Dotcom, use code GLOW for 20% off, link in bio',
    });
    const o = native(v, ['Glossier'], ['glossier']);
    expect(o.score).toBe(80 - 25 - 15 - 10 - 24);
    expect(o.reasons[0]).toBe(
      "Posted by the brand's own account (@glossier): reads as an ad, not a creator's voice (-25).",
    );
    expect(o.reasons).toContain('Sales language: “use code”, “20% off”, “link in bio” (-24).');
  });

  it('recognises the brand account by a brand term inside the handle', () => {
    expect(isBrandAccount(makeVideo({ handle: 'glossier.es' }), [], ['Glossier'])).toBe(true);
    expect(isBrandAccount(makeVideo({ handle: 'mia_makeup' }), [], ['Glossier'])).toBe(false);
    expect(isBrandAccount(makeVideo({ handle: 'sephora_fr' }), [], ['Sephora'])).toBe(true);
    expect(isBrandAccount(makeVideo({ handle: 'glossierofficial' }), [], ['Glossier'])).toBe(true);
    // Fan accounts only contain the name.
    expect(isBrandAccount(makeVideo({ handle: 'thesephoraaddict' }), [], ['Sephora'])).toBe(false);
    expect(isBrandAccount(makeVideo({ handle: 'sephoraaddict' }), [], ['Sephora'])).toBe(false);
  });

  it('rewards native creator formats', () => {
    expect(native(makeVideo({ caption: 'GRWM: my honest review of this serum' })).score).toBe(90);
  });
});

describe('call to action', () => {
  it('wants a clear ask for conversion', () => {
    expect(cta('Tap the link in bio to get yours', 'conversion').score).toBe(90);
    expect(cta('Morning routine', 'conversion').reasons[0]).toBe(
      'No clear ask: conversion wants one (link, code, "shop now"); the call to action should match the objective (Spark Ads brief).',
    );
  });

  it('takes points from a hard sell on awareness', () => {
    const o = cta('Shop now, 30% off', 'awareness');
    expect(o.score).toBe(45);
    expect(o.reasons[0]).toContain('A hard sell on an awareness objective');
  });

  it('likes a soft ask for consideration, in any of the five languages', () => {
    expect(cta('Save this for later', 'consideration').score).toBe(85);
    expect(cta('Guárdalo y sígueme para más', 'consideration').score).toBe(85);
  });

  it('reads the spoken ask from the transcript with more confidence', () => {
    const o = ctaFactor(
      makeVideo({ caption: '', transcript: transcript([20, 'comment below if you want part two']) }),
      'consideration',
    );
    expect(o).toMatchObject({ score: 85, confidence: 0.8 });
  });
});
