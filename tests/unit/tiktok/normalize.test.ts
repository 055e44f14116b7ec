import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeItem, type NormalizeResult } from '@/lib/tiktok/normalize';
import { F, T, fixtureJson } from './fixtures';
import { mutate, recordIsSound } from './invariants';

const ssrItem = fixtureJson(F.videoPage).__DEFAULT_SCOPE__['webapp.video-detail'].itemInfo.itemStruct;
const apiItem = fixtureJson(F.recommend).itemList[0];
const ctx = { source: 'api-list' as const, capturedAt: T };

function ok(r: NormalizeResult) {
  if (!r.ok) throw new Error(`expected a record, got: ${r.reason}`);
  return r.record;
}

describe('normalizeItem: type differences between SSR and API JSON', () => {
  it('reads createTime and collectCount the same whether strings or ints', () => {
    const asStrings = ok(
      normalizeItem(mutate(mutate(apiItem, 'createTime', '1733355614'), 'stats.collectCount', '3207'), ctx),
    );
    const asInts = ok(normalizeItem(apiItem, ctx));
    expect(asStrings.postedAt).toBe(asInts.postedAt);
    expect(asStrings.stats.saves).toEqual(asInts.stats.saves);
  });

  it('accepts an id sent as a safe JS number but never one that lost precision', () => {
    expect(ok(normalizeItem(mutate(apiItem, 'id', 123456789), ctx)).id).toBe('123456789');
    // eslint-disable-next-line no-loss-of-precision -- the point: this id cannot survive as a JS number
    const r = normalizeItem(mutate(apiItem, 'id', 7444705554666130708), ctx);
    expect(r.ok).toBe(false);
  });

  it('falls back to the id for the posting time when createTime is missing or absurd', () => {
    for (const createTime of [undefined, 0, -5, 'soon', 1e30]) {
      const r = ok(normalizeItem(mutate(apiItem, 'createTime', createTime), ctx));
      expect(r.postedAtSource).toBe('id');
      expect(r.postedAt).toBe(Number(BigInt('7444705554666130708') >> 32n) * 1000);
    }
  });
});

describe('normalizeItem: absurd numbers', () => {
  it.each([[-1], [NaN], [1e30], [12.5], ['-5'], ['1e3'], [Infinity], [true], [{}]])(
    'drops statsV2 %j and falls back to the stats number',
    (bad) => {
      const r = ok(normalizeItem(mutate(apiItem, 'statsV2.diggCount', bad), ctx));
      expect(r.stats.likes).toEqual({ value: 38900, exact: false, source: 'stats', capturedAt: T });
    },
  );

  it('leaves a stat null when both numbers are absurd', () => {
    const item = mutate(mutate(apiItem, 'statsV2.playCount', -3), 'stats.playCount', 1e30);
    expect(ok(normalizeItem(item, ctx)).stats.views).toBeNull();
  });

  it('ignores an absurd duration', () => {
    for (const d of [0, -4, 1e9, NaN, 'long']) {
      expect(ok(normalizeItem(mutate(apiItem, 'video.duration', d), ctx)).durationSec).toBeNull();
    }
  });
});

describe('normalizeItem: what is not a post', () => {
  it('skips LIVE cards', () => {
    const r = normalizeItem(mutate(apiItem, 'liveRoomInfo', { roomId: '1', title: 'live' }), ctx);
    expect(r).toMatchObject({ ok: false, live: true, id: '7444705554666130708' });
  });

  it('explains why an item without author or id is refused', () => {
    expect(normalizeItem(mutate(apiItem, 'author', {}), ctx)).toMatchObject({
      ok: false,
      reason: 'item has no author handle',
    });
    expect(normalizeItem(mutate(apiItem, 'id', ''), ctx)).toMatchObject({ ok: false, reason: 'item has no usable id' });
    expect(normalizeItem('not an item', ctx)).toMatchObject({ ok: false, reason: 'item is not an object' });
  });
});

describe('normalizeItem: flags', () => {
  it('reads a photo post: /photo/ URL, photo flag, no duration', () => {
    const photo = mutate(
      mutate(apiItem, 'imagePost', { images: [{ imageURL: { urlList: ['x'] } }] }),
      'video.duration',
      0,
    );
    const r = ok(normalizeItem(photo, ctx));
    expect(r.url).toBe('https://www.tiktok.com/@usergerageda/photo/7444705554666130708');
    expect(r.flags.photo).toBe(true);
    expect(r.durationSec).toBeNull();
  });

  it('reads ads, branded content, AI labels, age restriction, stories and comment settings', () => {
    const item = [
      ['isAd', true],
      ['brandOrganicType', 1],
      ['aigcLabelType', 2],
      ['isContentClassified', true],
      ['isStory', true],
      ['itemCommentStatus', 3],
    ].reduce((acc, [k, v]) => mutate(acc, k as string, v), apiItem);
    expect(ok(normalizeItem(item, ctx)).flags).toMatchObject({
      isAd: true,
      brandedContent: true,
      aiGenerated: true,
      ageRestricted: true,
      story: true,
      commentsEnabled: false,
    });
  });

  it('says "not branded" only when the disclosure field is present and zero', () => {
    expect(ok(normalizeItem(mutate(apiItem, 'brandOrganicType', 0), ctx)).flags.brandedContent).toBe(false);
    expect(ok(normalizeItem(apiItem, ctx)).flags.brandedContent).toBeNull();
  });

  it('recognizes duets and stitches from duetInfo or the caption TikTok writes', () => {
    expect(
      ok(normalizeItem(mutate(apiItem, 'duetInfo.duetFromId', '7000000000000000000'), ctx)).flags.isDuetOrStitch,
    ).toBe(true);
    expect(ok(normalizeItem(mutate(apiItem, 'desc', '#stitch with @someone lol'), ctx)).flags.isDuetOrStitch).toBe(
      true,
    );
  });
});

describe('normalizeItem: caption text', () => {
  it('reads mentions from textExtra, else from the caption', () => {
    const withExtra = mutate(apiItem, 'textExtra', [{ type: 0, userUniqueId: 'MikePosner', start: 0, end: 11 }]);
    expect(ok(normalizeItem(withExtra, ctx)).mentions).toEqual(['mikeposner']);
    const plain = mutate(mutate(apiItem, 'textExtra', []), 'desc', 'hi @zg.520 and @w..corporation, email a@b.c');
    expect(ok(normalizeItem(plain, ctx)).mentions).toEqual(['zg.520', 'w..corporation']);
  });

  it('falls back to #tags in the caption, then to challenges', () => {
    const noExtra = mutate(mutate(apiItem, 'textExtra', []), 'contents', []);
    expect(ok(normalizeItem(mutate(noExtra, 'desc', 'a #One b #two #one'), ctx)).hashtags).toEqual(['One', 'two']);
    expect(ok(normalizeItem(mutate(noExtra, 'desc', 'no tags'), ctx)).hashtags).toEqual(['4살딸', '귀여워']);
  });

  it('keeps hostile captions as inert text: control characters removed, length capped', () => {
    const desc = '<img src=x onerror=alert(1)>\u0000\u0007 ok' + 'x'.repeat(20000);
    const r = ok(normalizeItem(mutate(ssrItem, 'desc', desc), ctx));
    expect(r.caption.startsWith('<img src=x onerror=alert(1)> ok')).toBe(true);
    expect(r.caption.length).toBeLessThanOrEqual(5000);
  });
});

describe('normalizeItem: robustness (property)', () => {
  const paths = [
    'id',
    'desc',
    'createTime',
    'author',
    'author.uniqueId',
    'author.id',
    'authorStatsV2.followerCount',
    'authorStats.followerCount',
    'stats',
    'stats.playCount',
    'statsV2',
    'statsV2.playCount',
    'statsV2.diggCount',
    'stats.collectCount',
    'video',
    'video.duration',
    'video.subtitleInfos',
    'video.claInfo.captionInfos',
    'music',
    'music.id',
    'textExtra',
    'challenges',
    'contents',
    'imagePost',
    'duetInfo',
    'itemCommentStatus',
  ];
  const hostile = fc.oneof(
    fc.anything(),
    fc.double(),
    fc.integer(),
    fc.string(),
    fc.constantFrom(-1, NaN, 1e30, 12.5, '-5', '99999999999999999999', Infinity),
  );

  it('never throws on arbitrary input', () => {
    fc.assert(
      fc.property(fc.anything(), (v) => {
        const r = normalizeItem(v, ctx);
        return typeof r.ok === 'boolean';
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on mutated real items, and every record it returns is valid and honest about exactness', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(ssrItem, apiItem),
        fc.array(fc.tuple(fc.constantFrom(...paths), hostile), { minLength: 1, maxLength: 4 }),
        (base, edits) => {
          const item = edits.reduce((acc, [p, v]) => mutate(acc, p, v), base);
          const r = normalizeItem(item, ctx);
          return r.ok ? recordIsSound(r.record) : typeof r.reason === 'string';
        },
      ),
      { numRuns: 400 },
    );
  });
});
