import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDetailScope, hasCaptcha, nearestFeedItem, readDomVideo } from '@/lib/tiktok/dom';
import { T, parseHtml } from './fixtures';
import { detailPane, feedCard, placeCards, type CardData } from './dom-pages';
import { recordIsSound } from './invariants';

const A: CardData = {
  id: '7606836476323597588',
  handle: 'w..corporation',
  caption: 'J.AR.V.I.S - Parte 04 -',
  tags: ['ia', 'google'],
  likes: '32.7K',
  comments: '449',
  shares: '1,425',
  saves: '4768',
  sound: { title: 'champagne', id: '7235662417353738242' },
};
const B: CardData = { id: '7513039993741397256', handle: 'zg.520', caption: '高铁', likes: '68.3K', comments: '1.5K' };
const C: CardData = { id: '7444705554666130708', handle: 'usergerageda', caption: '귀여워', likes: '38.9K' };
const VIEWPORT = 768;

describe('nearestFeedItem', () => {
  it('picks the card whose centre is nearest the viewport centre, not the first one mounted', () => {
    const doc = parseHtml(`<main>${feedCard(A, 0)}${feedCard(B, 1)}${feedCard(C, 2)}</main>`);
    placeCards(doc, [-650, 40, 760]); // A scrolled past, B on screen, C pre-loaded below
    expect(nearestFeedItem(doc, VIEWPORT)?.videoId).toBe(B.id);
    placeCards(doc, [-1400, -680, 30]);
    expect(nearestFeedItem(doc, VIEWPORT)?.videoId).toBe(C.id);
  });

  it('gives nothing when no card has a layout box and there is more than one', () => {
    const doc = parseHtml(`${feedCard(A, 0)}${feedCard(B, 1)}`);
    expect(nearestFeedItem(doc, VIEWPORT)).toBeNull();
  });
});

describe('readDomVideo', () => {
  it('reads a feed card: handle, caption, hashtags, sound and approximate counts scoped to that card', () => {
    const doc = parseHtml(`${feedCard(A, 0)}${feedCard(B, 1)}`);
    placeCards(doc, [-650, 40]);
    const card = nearestFeedItem(doc, VIEWPORT)!;
    const r = readDomVideo(card.element, {
      videoId: card.videoId!,
      url: 'https://www.tiktok.com/foryou',
      capturedAt: T,
    });
    expect(r).toMatchObject({
      id: B.id,
      url: `https://www.tiktok.com/@zg.520/video/${B.id}`,
      author: { handle: 'zg.520', followers: null },
      caption: '高铁',
      postedAtSource: 'id',
      sources: ['dom'],
      stats: {
        views: null,
        likes: { value: 68300, exact: false, source: 'dom', capturedAt: T },
        comments: { value: 1500, exact: false, source: 'dom', capturedAt: T },
        shares: null, // the button reads "Share"
        saves: { value: 0, exact: false, source: 'dom', capturedAt: T },
      },
    });
  });

  it("takes the length from the container's <video> once the player has loaded it, and none before", () => {
    const doc = parseHtml(detailPane(A));
    const scope = findDetailScope(doc, A.id)!;
    const read = () =>
      readDomVideo(scope, {
        videoId: A.id,
        url: `https://www.tiktok.com/@w..corporation/video/${A.id}`,
        capturedAt: T,
      });
    expect(read()?.durationSec).toBeNull(); // no metadata yet: duration is NaN
    Object.defineProperty(scope.querySelector('video')!, 'duration', { value: 27.43 });
    expect(read()?.durationSec).toBe(27.4);
  });

  it('reads compact counts in the language of the page (Turkish "B" is thousand)', () => {
    const doc = parseHtml(
      `<html lang="tr-TR"><body>${feedCard({ ...C, likes: '38,9 B', comments: '1,2 Mn' })}</body></html>`,
    );
    const r = readDomVideo(doc.querySelector('article')!, {
      videoId: C.id,
      url: 'https://www.tiktok.com/foryou',
      capturedAt: T,
    });
    expect(r?.stats.likes?.value).toBe(38_900);
    expect(r?.stats.comments?.value).toBe(1_200_000);
  });

  it('reads the detail pane of a video page with its sound and hashtag links', () => {
    const doc = parseHtml(detailPane(A));
    const scope = findDetailScope(doc, A.id)!;
    const r = readDomVideo(scope, {
      videoId: A.id,
      url: `https://www.tiktok.com/@w..corporation/video/${A.id}`,
      capturedAt: T,
    });
    expect(r).toMatchObject({
      caption: 'J.AR.V.I.S - Parte 04 - #ia #google',
      hashtags: ['ia', 'google'],
      sound: { id: '7235662417353738242', title: 'champagne', author: null, original: null },
      flags: { photo: false },
      stats: {
        likes: { value: 32700, exact: false },
        comments: { value: 449, exact: false },
        shares: { value: 1425, exact: false },
        saves: { value: 4768, exact: false },
      },
    });
  });

  it("reads the creator's display name under the handle, without the date beside it", () => {
    const read = (nickname: CardData['nickname']) =>
      readDomVideo(findDetailScope(parseHtml(detailPane({ ...A, nickname })), A.id)!, {
        videoId: A.id,
        url: `https://www.tiktok.com/@w..corporation/video/${A.id}`,
        capturedAt: T,
      })?.author.nickname;
    expect(read({ name: 'W. Corporation®', date: '3d ago' })).toBe('W. Corporation®');
    expect(read({ name: 'W. Corporation®', date: '2026-2-14', flat: true })).toBe('W. Corporation®');
    expect(read({ name: 'Ana · Studio', date: '1w ago', flat: true })).toBe('Ana · Studio');
    expect(read(undefined)).toBeNull();
  });

  it('scopes the browse modal over a feed: counts come from the modal, not the cards behind it', () => {
    const doc = parseHtml(`${feedCard(B, 0)}${detailPane(A)}`);
    const r = readDomVideo(findDetailScope(doc, A.id)!, {
      videoId: A.id,
      url: `https://www.tiktok.com/@x/video/${A.id}`,
      capturedAt: T,
    });
    expect(r?.stats.likes?.value).toBe(32700);
  });

  it('refuses a detail pane still showing another video (the DOM lags the URL after navigation)', () => {
    const doc = parseHtml(detailPane(A, A.id));
    expect(findDetailScope(doc, B.id)).toBeNull();
  });

  it('reads a photo post URL as a photo', () => {
    const doc = parseHtml(detailPane(A));
    const r = readDomVideo(findDetailScope(doc, A.id)!, {
      videoId: A.id,
      url: `https://www.tiktok.com/@h/photo/${A.id}`,
      capturedAt: T,
    });
    expect(r?.url).toBe(`https://www.tiktok.com/@w..corporation/photo/${A.id}`);
    expect(r?.flags.photo).toBe(true);
  });

  it('gives null when no handle can be found', () => {
    const doc = parseHtml('<div><strong data-e2e="like-count">5</strong></div>');
    expect(readDomVideo(doc.body, { videoId: A.id, url: 'https://www.tiktok.com/foryou', capturedAt: T })).toBeNull();
  });

  it('never throws on arbitrary markup and never presents a DOM count as exact (property)', () => {
    const fragments = fc.constantFrom(
      feedCard(A),
      detailPane(B),
      '<strong data-e2e="like-count">1e30</strong>',
      '<strong data-e2e="like-count">-5</strong>',
      '<strong data-e2e="share-count">Share</strong>',
      '<span data-e2e="browse-username">@@@</span>',
      '<div data-e2e="video-desc"><script>alert(1)</script></div>',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(fragments, fc.string()), { maxLength: 5 }), (parts) => {
        const doc = parseHtml(`<div id="root">${parts.join('')}</div>`);
        const r = readDomVideo(doc.getElementById('root')!, {
          videoId: A.id,
          url: 'https://www.tiktok.com/@h/video/1',
          capturedAt: T,
        });
        return r === null || recordIsSound(r);
      }),
      { numRuns: 200 },
    );
  });
});

describe('hasCaptcha', () => {
  it('sees the 2026 and the older captcha containers', () => {
    expect(hasCaptcha(parseHtml('<div id="captcha-verify-container-main-page"></div>'))).toBe(true);
    expect(hasCaptcha(parseHtml('<div id="tiktok-verify-ele"></div>'))).toBe(true);
    expect(hasCaptcha(parseHtml(feedCard(A)))).toBe(false);
  });
});
