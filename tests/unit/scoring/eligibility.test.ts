import { describe, expect, it } from 'vitest';
import { eligibility } from '@/lib/scoring';
import { makeVideo } from './factory';

const none = { brandTerms: [], brandHandles: [] };
const codes = (video = makeVideo(), input: Parameters<typeof eligibility>[1] = none) =>
  eligibility(video, input).reasons.map((r) => r.code);

describe('Spark eligibility', () => {
  it('passes a public, original-sound video under 10 minutes', () => {
    expect(eligibility(makeVideo(), none)).toEqual({ status: 'eligible', reasons: [] });
  });

  it.each([
    ['over-10-min', makeVideo({ durationSec: 601 }), undefined],
    ['private', makeVideo({ flags: { private: true } }), undefined],
    ['private', makeVideo(), 'private-video' as const],
    ['story', makeVideo({ flags: { story: true } }), undefined],
    ['photo-carousel-duet', makeVideo({ flags: { photo: true, isDuetOrStitch: true } }), undefined],
    ['deleted', makeVideo(), 'not-found' as const],
    ['already-ad', makeVideo({ flags: { isAd: true } }), undefined],
    [
      'multi-video-mention',
      makeVideo({
        caption: 'Part 1 https://www.tiktok.com/@a/video/111 and part 2 https://www.tiktok.com/@a/video/222',
      }),
      undefined,
    ],
  ] as const)('makes %s ineligible', (code, video, pageProblem) => {
    const e = eligibility(video, { ...none, pageProblem });
    expect(e.status).toBe('ineligible');
    expect(e.reasons.map((r) => r.code)).toEqual([code]);
  });

  it('counts the different videos a caption links, not its links', () => {
    const a = 'https://www.tiktok.com/@a/video/111';
    const b = 'https://www.tiktok.com/@a/video/222';
    const e = eligibility(makeVideo({ caption: `Part 1 ${a} (again: ${a}) and part 2 ${b}` }), none);
    expect(e.reasons[0]!.message).toMatch(/^The caption links 2 different TikTok videos;/);
    expect(eligibility(makeVideo({ caption: `Watch ${a} and ${a}` }), none).status).toBe('eligible');
  });

  it('accepts exactly 10 minutes and a photo carousel without duet', () => {
    expect(codes(makeVideo({ durationSec: 600 }))).toEqual([]);
    expect(codes(makeVideo({ flags: { photo: true, isDuetOrStitch: false } }))).toEqual([]);
  });

  it('puts a licensed track at risk and names it', () => {
    const e = eligibility(
      makeVideo({ sound: { id: '1', title: 'Espresso', author: 'Sabrina Carpenter', original: false } }),
      none,
    );
    expect(e.status).toBe('at-risk');
    expect(e.reasons[0]!.message).toBe(
      'Uses “Espresso” by Sabrina Carpenter, not an original sound: commercially licensed music not cleared for ads can be muted or rejected; an original or Commercial Music Library sound is safe (TikTok Ads Manager).',
    );
  });

  it('puts a brand mention or #ad without the paid-partnership disclosure at risk', () => {
    expect(
      codes(makeVideo({ caption: 'Loving my new Glossier balm' }), { brandTerms: ['Glossier'], brandHandles: [] }),
    ).toEqual(['no-disclosure']);
    expect(codes(makeVideo({ caption: 'Morning routine #ad' }))).toEqual(['no-disclosure']);
    expect(codes(makeVideo({ caption: 'Morning routine #ad', flags: { brandedContent: true } }))).toEqual([]);
  });

  it('does not ask the brand’s own account for a disclosure', () => {
    expect(
      codes(makeVideo({ handle: 'glossier', caption: 'New Glossier balm' }), {
        brandTerms: ['Glossier'],
        brandHandles: ['@glossier'],
      }),
    ).toEqual([]);
  });

  it('lists every reason, with ineligible winning over at-risk', () => {
    const v = makeVideo({
      durationSec: 700,
      flags: { isAd: true },
      sound: { id: '1', title: null, author: null, original: false },
    });
    const e = eligibility(v, none);
    expect(e.status).toBe('ineligible');
    expect(e.reasons.map((r) => r.code)).toEqual(['over-10-min', 'already-ad', 'licensed-music']);
  });
});
