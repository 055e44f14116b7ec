import { describe, expect, it } from 'vitest';
import { evergreenFactor } from '@/lib/scoring/factors/evergreen';
import { DAY, NOW, comments, makeVideo, transcript } from './factory';

const run = (video = makeVideo()) => {
  const o = evergreenFactor(video, NOW);
  if (!('score' in o)) throw new Error(o.missing);
  return o;
};

describe('evergreen factor', () => {
  it('gives timeless content 90 and says nothing dated was found', () => {
    const o = run();
    expect(o.score).toBe(90);
    expect(o.reasons[0]).toBe('No dates, seasons, expiring offers or trend hooks found.');
  });

  it('penalises dated references, holidays, expiring offers and trend hooks, once each', () => {
    const v = makeVideo({
      caption: 'Black Friday haul 2025 – 50% off today only, ends tonight! #blackfriday #dancechallenge',
      hashtags: ['blackfriday', 'dancechallenge'],
      sound: { id: '9', title: 'Espresso', author: 'Sabrina Carpenter', original: false },
    });
    const o = run(v);
    expect(o.score).toBe(90 - 15 - 20 - 20 - 10);
    expect(o.reasons).toEqual(
      expect.arrayContaining([
        'Dated reference: “2025”, “today”, “tonight” (-15).',
        'Seasonal or holiday hook: “black friday”, “blackfriday” (-20).',
        'Expiring offer: “50% off today”, “today only”, “ends tonight” (-20).',
        'Trend-dependent: challenge/trend hashtag “#dancechallenge” and a non-original sound (Espresso) (-10).',
      ]),
    );
  });

  it('finds seasonal hooks in the other languages', () => {
    expect(run(makeVideo({ caption: 'Ideas para Navidad' })).score).toBe(70);
    expect(run(makeVideo({ caption: 'Mein Look für Weihnachten' })).score).toBe(70);
    expect(run(makeVideo({ caption: 'Recette de Noël' })).score).toBe(70);
  });

  it('does not read a recipe fraction or a rating as a date', () => {
    expect(run(makeVideo({ caption: 'Add 1/2 cup of oats, 10/10 would recommend' })).score).toBe(90);
  });

  it('rewards an old post whose comments are still coming in', () => {
    const c = comments('still using this', 'love it');
    c[0]!.createdAt = NOW - 3 * DAY;
    const o = run(makeVideo({ postedAt: NOW - 200 * DAY, comments: c }));
    expect(o.score).toBe(100);
    expect(o.reasons[0]).toBe(
      'Posted 200 days ago and 1 of 2 sampled comments are from the last 14 days: still gathering engagement (+10).',
    );
  });

  it('reads the transcript too, with more confidence', () => {
    const o = run(makeVideo({ transcript: transcript([0, 'This sale ends tonight']) }));
    expect(o.score).toBe(90 - 15 - 20);
    expect(o.confidence).toBe(0.9);
  });

  it('is left out with no text and no sound', () => {
    expect(evergreenFactor(makeVideo({ caption: '', sound: null }), NOW)).toEqual({
      id: 'evergreen',
      missing: 'No caption, hashtags, transcript or sound to check.',
    });
  });

  it('does not say nothing was found when a penalty and a bonus cancel out', () => {
    const old = makeVideo({
      postedAt: NOW - 200 * DAY,
      sound: { id: 's1', title: 'Trending track', author: 'Someone', original: false },
      comments: comments('still love this'),
    });
    const o = run(old);
    expect(o.reasons.join(' ')).toContain('Trend-dependent');
    expect(o.reasons.join(' ')).not.toContain('No dates, seasons');
  });

  it.each(['I wore this foundation for 24 hours', 'My natal chart reading', 'What I eat on 2000 calories'])(
    'finds nothing dated in “%s”',
    (caption) => {
      expect(run(makeVideo({ caption })).score).toBe(90);
    },
  );

  it('still finds the dated, seasonal and expiring versions', () => {
    expect(run(makeVideo({ caption: 'Sale: next 24 hours only!' })).reasons[0]).toMatch(
      /^Expiring offer: “next 24 hours”/,
    );
    expect(run(makeVideo({ caption: 'Feliz Natal a todos' })).reasons[0]).toMatch(/^Seasonal or holiday hook/);
    expect(run(makeVideo({ caption: '2000 calories and my 2024 goals' })).reasons[0]).toMatch(
      /^Dated reference: “2024”/,
    );
  });

  it('reads #trendyoutfits as a style, #dancechallenge as a trend', () => {
    expect(run(makeVideo({ hashtags: ['trendyoutfits'] })).score).toBe(90);
    expect(run(makeVideo({ hashtags: ['dancechallenge'] })).reasons[0]).toMatch(/^Trend-dependent/);
  });
});
