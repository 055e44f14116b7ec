import { describe, expect, it } from 'vitest';
import { hookFactor, openingOf } from '@/lib/scoring/factors/hook';
import { brandMatcher } from '@/lib/scoring/text';
import { makeVideo, transcript } from './factory';

const noBrand = brandMatcher([]);
const run = (video = makeVideo(), brand = noBrand) => {
  const o = hookFactor(video, brand);
  if (!('score' in o)) throw new Error(o.missing);
  return o;
};

describe('hook factor', () => {
  it('reads the transcript cues that start in the first 3 seconds', () => {
    const v = makeVideo({
      transcript: transcript([0.2, 'Stop scrolling.'], [2.9, 'You need this.'], [3.1, 'Later words']),
    });
    expect(openingOf(v)).toEqual({ text: 'Stop scrolling. You need this.', source: 'ASR', note: null });
    expect(run(v).confidence).toBe(0.9);
  });

  it('falls back to the caption’s first words, without hashtags, at lower confidence', () => {
    const v = makeVideo({ caption: '#fyp Three mistakes everyone makes with retinol #skincare' });
    expect(openingOf(v)?.text).toBe('Three mistakes everyone makes with retinol');
    const o = run(v);
    expect(o.confidence).toBe(0.4);
    expect(o.reasons).toContain('No transcript of the first seconds: judged from the caption, with low confidence.');
  });

  it('says when nothing is said in the first 3 seconds and uses the caption', () => {
    const v = makeVideo({ transcript: transcript([4.5, 'hello']), caption: 'Watch this' });
    expect(openingOf(v)).toEqual({
      text: 'Watch this',
      source: 'caption',
      note: 'Nothing is said in the first 3 s (first words at 4.5 s).',
    });
  });

  it('rewards a question, direct address, a curiosity gap and a number, up to 100', () => {
    const o = run(makeVideo({ transcript: transcript([0, 'Wait, did you know these 3 serums clash?']) }));
    expect(o.score).toBe(100);
    expect(o.reasons).toEqual(
      expect.arrayContaining([
        'Opens with a question (+15).',
        'Speaks to the viewer directly (+10).',
        'Pattern interrupt or curiosity gap (“wait”) (+15).',
        'A number or a concrete promise (+10).',
      ]),
    );
  });

  it('penalises a slow build', () => {
    const o = run(makeVideo({ transcript: transcript([0, 'Hi guys, welcome back to my channel']) }));
    expect(o.score).toBe(25);
    expect(o.reasons).toContain('Slow build (“hi guys”) where the first 3 s decide (Spark Ads brief) (-25).');
  });

  it('penalises the brand or a logo in the opening', () => {
    const o = run(
      makeVideo({ transcript: transcript([0.5, 'This Glossier balm changed my lips']) }),
      brandMatcher(['Glossier']),
    );
    expect(o.score).toBe(30);
    expect(o.reasons.some((r) => r.startsWith('Brand or logo in the opening (“glossier”)'))).toBe(true);
  });

  it('matches the brand only as a whole word', () => {
    expect(run(makeVideo({ caption: 'Glossiers and glossy lips' }), brandMatcher(['gloss'])).score).toBe(50);
  });

  it('is left out with neither transcript nor caption', () => {
    expect(hookFactor(makeVideo({ caption: '#fyp #viral' }), noBrand)).toEqual({
      id: 'hook',
      missing: 'No transcript and no caption text to read the opening from.',
    });
  });

  it('reads questions and direct address in Spanish, Portuguese and French too', () => {
    expect(run(makeVideo({ caption: '¿Sabías que tu crema dura 3 meses?' })).score).toBe(85);
    expect(run(makeVideo({ caption: 'Você sabia disso?' })).score).toBe(75);
    expect(run(makeVideo({ caption: 'Pourquoi vous devez essayer ça' })).score).toBe(75);
  });

  it('does not call an opening neutral when its signals cancel out', () => {
    const o = run(makeVideo({ caption: 'Hey guys, what do you think?', transcript: null }));
    expect(o.reasons.join(' ')).not.toContain('a neutral start');
    expect(o.reasons.some((r) => r.startsWith('Opens with a question'))).toBe(true);
  });
});
