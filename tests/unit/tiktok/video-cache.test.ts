import { beforeEach, describe, expect, it } from 'vitest';
import { VideoCache } from '@/lib/tiktok/video-cache';
import { hookText } from '@/lib/tiktok/webvtt';
import { F, T, fixtureJson, fixtureText } from './fixtures';
import { detailPane, feedCard, placeCards } from './dom-pages';

const A = '7606836476323597588'; // sample 01, @w..corporation
const B = '7513039993741397256'; // sample 03, @zg.520
const C = '7444705554666130708'; // sample 05, @usergerageda
const URL_A = `https://www.tiktok.com/@w..corporation/video/${A}`;
const URL_B = `https://www.tiktok.com/@zg.520/video/${B}`;
const itemA = fixtureJson(F.videoPage).__DEFAULT_SCOPE__['webapp.video-detail'].itemInfo.itemStruct;
const itemB = fixtureJson(F.postList).data.itemList[0];
const itemC = fixtureJson(F.recommend).itemList[0];

function loadPage(blob: string | null, body = ''): void {
  document.head.innerHTML = blob
    ? `<script id="__UNIVERSAL_DATA_FOR_REHYDRATION__" type="application/json">${blob.replace(/</g, '\\u003c')}</script>`
    : '';
  document.body.innerHTML = body;
}

let now = T;
const cache = () => new VideoCache({ now: () => now });
beforeEach(() => {
  now = T;
  loadPage(null);
});

describe('current video after SPA navigation', () => {
  it('follows the URL from video A (first page) to video B (known only from /api/item/detail), never reporting A', () => {
    const c = cache();
    loadPage(fixtureText(F.videoPage), detailPane({ id: A, handle: 'w..corporation', likes: '32.7K' }));
    c.ingestDocument(document, URL_A);
    expect(c.current(URL_A, document)).toMatchObject({ videoId: A, via: 'url', problem: null, record: { id: A } });

    // pushState to B: the blob still describes A and the DOM still shows A's pane for a moment.
    expect(c.current(URL_B, document)).toMatchObject({ videoId: B, record: null, problem: 'no-data' });

    c.ingestApi(`https://www.tiktok.com/api/item/detail/?itemId=${B}`, {
      itemInfo: { itemStruct: itemB },
      statusCode: 0,
    });
    const now = c.current(URL_B, document);
    expect(now.record?.id).toBe(B);
    expect(now.record?.sources).toEqual(['api-detail']);
    expect(now.record?.author.handle).toBe('zg.520');

    // popstate back to A: the first page's record is still right for A itself.
    expect(c.current(URL_A, document).record?.id).toBe(A);
  });

  it('reads the video in the browse modal from the URL over a profile page', () => {
    const c = cache();
    loadPage(fixtureText(F.profilePage));
    c.ingestDocument(document, 'https://www.tiktok.com/@khanhiattm2');
    c.ingestApi('https://www.tiktok.com/api/post/item_list/', { itemList: [itemB, itemC] });
    expect(c.current('https://www.tiktok.com/@khanhiattm2', document)).toMatchObject({ problem: 'not-a-video-page' });
    expect(c.current(`https://www.tiktok.com/@usergerageda/video/${C}`, document).record?.id).toBe(C);
  });
});

describe('current video in the feed', () => {
  it('is the card nearest the viewport centre, with the numbers from the feed JSON', () => {
    const c = cache();
    const blob = JSON.stringify({ __DEFAULT_SCOPE__: { 'webapp.updated-items': [itemA, itemB, itemC] } });
    loadPage(
      blob,
      feedCard({ id: A, handle: 'w..corporation' }, 0) +
        feedCard({ id: B, handle: 'zg.520' }, 1) +
        feedCard({ id: C, handle: 'usergerageda' }, 2),
    );
    c.ingestDocument(document, 'https://www.tiktok.com/foryou');
    placeCards(document, [-700, 30, 760]);
    const cur = c.current('https://www.tiktok.com/foryou', document);
    expect(cur).toMatchObject({ videoId: B, via: 'feed', problem: null });
    expect(cur.record?.stats.comments).toEqual({ value: 1502, exact: true, source: 'statsV2', capturedAt: T });

    placeCards(document, [-1430, -700, 30]); // scrolled one further
    expect(c.current('https://www.tiktok.com/foryou', document).videoId).toBe(C);
  });

  it('falls back to the DOM when no JSON describes the card, and upgrades once the API batch arrives', () => {
    const c = cache();
    loadPage(null, feedCard({ id: C, handle: 'usergerageda', likes: '38.9K', comments: '504' }, 0));
    placeCards(document, [30]);
    const dom = c.current('https://www.tiktok.com/', document).record;
    expect(dom?.sources).toEqual(['dom']);
    expect(dom?.stats.likes).toEqual({ value: 38900, exact: false, source: 'dom', capturedAt: T });

    now = T + 1000;
    c.ingestApi('https://www.tiktok.com/api/recommend/item_list/', fixtureJson(F.recommend));
    const upgraded = c.current('https://www.tiktok.com/', document).record;
    expect(upgraded?.stats.likes).toEqual({ value: 38884, exact: true, source: 'statsV2', capturedAt: T + 1000 });
    expect(upgraded?.sources).toEqual(['dom', 'api-list']);
  });

  it('reads the page text again while it is all there is, keeping the counts drawn after the first read', () => {
    const c = cache();
    loadPage(null, detailPane({ id: C, handle: 'usergerageda', likes: '' })); // counts not drawn yet
    const url = `https://www.tiktok.com/@usergerageda/video/${C}`;
    expect(c.current(url, document).record?.stats.likes).toBeNull();

    now = T + 1000;
    loadPage(null, detailPane({ id: C, handle: 'usergerageda', likes: '38.9K' }));
    expect(c.current(url, document).record?.stats.likes).toEqual({
      value: 38900,
      exact: false,
      source: 'dom',
      capturedAt: T + 1000,
    });
    loadPage(null, detailPane({ id: C, handle: 'usergerageda', likes: '' })); // a re-render blanks it for a moment
    expect(c.current(url, document).record?.stats.likes?.value).toBe(38900);
  });

  it('never lets the page text override what the JSON said once it arrived', () => {
    const c = cache();
    c.ingestApi('https://www.tiktok.com/api/recommend/item_list/', fixtureJson(F.recommend));
    now = T + 1000;
    loadPage(null, feedCard({ id: C, handle: 'someone.else', caption: 'cut…', likes: '40.1K', shares: '9' }, 0));
    placeCards(document, [30]);
    const record = c.current('https://www.tiktok.com/foryou', document).record;
    expect(record?.sources).toEqual(['api-list']);
    expect(record?.author.handle).toBe('usergerageda');
    expect(record?.stats.likes).toEqual({ value: 38884, exact: true, source: 'statsV2', capturedAt: T });
  });

  it('reports a LIVE card of a feed list as LIVE, without reading its page text as a video', () => {
    const c = cache();
    const live = { ...itemC, liveRoomInfo: { roomId: '1', status: 2 } };
    c.ingestApi('https://www.tiktok.com/api/recommend/item_list/', { itemList: [live], statusCode: 0 });
    loadPage(null, feedCard({ id: C, handle: 'usergerageda', likes: '38.9K' }, 0));
    placeCards(document, [30]);
    expect(c.current('https://www.tiktok.com/foryou', document)).toMatchObject({
      videoId: C,
      via: 'feed',
      record: null,
      problem: 'live',
      reason: expect.stringMatching(/LIVE stream/),
    });
    expect(c.get(C)).toBeNull();
  });

  it('reports a LIVE card of the embedded home feed as LIVE too', () => {
    const c = cache();
    const live = { ...itemC, liveRoomInfo: { roomId: '1' } };
    loadPage(
      JSON.stringify({ __DEFAULT_SCOPE__: { 'webapp.updated-items': [itemA, live] } }),
      feedCard({ id: C, handle: 'usergerageda', likes: '38.9K' }, 0),
    );
    c.ingestDocument(document, 'https://www.tiktok.com/foryou');
    placeCards(document, [30]);
    expect(c.current('https://www.tiktok.com/foryou', document)).toMatchObject({ record: null, problem: 'live' });
  });

  it('says there is no data yet on an empty feed, and sees a captcha', () => {
    const c = cache();
    expect(c.current('https://www.tiktok.com/foryou', document)).toMatchObject({ problem: 'no-data', videoId: null });
    loadPage(null, '<div id="captcha-verify-container-main-page"></div>');
    expect(c.current('https://www.tiktok.com/foryou', document)).toMatchObject({ problem: 'captcha' });
    expect(c.current('https://www.tiktok.com/foryou', document).reason).toMatch(/verification/);
  });
});

describe('page states through the cache', () => {
  it('reports a private video from the first page blob, for that video only', () => {
    const c = cache();
    const blob = fixtureJson(F.videoPage);
    blob.__DEFAULT_SCOPE__['webapp.video-detail'] = { statusCode: 10216, statusMsg: '' };
    loadPage(JSON.stringify(blob));
    c.ingestDocument(document, URL_A);
    expect(c.current(URL_A, document)).toMatchObject({ videoId: A, problem: 'private-video', record: null });
    c.ingestApi('https://www.tiktok.com/api/item/detail/', { itemInfo: { itemStruct: itemB } });
    expect(c.current(URL_B, document)).toMatchObject({ videoId: B, problem: null });
  });

  it('reports the login wall of a refused detail request, and clears it when data for the video arrives', () => {
    const c = cache();
    c.ingestApi(`https://www.tiktok.com/api/item/detail/?itemId=${B}`, { statusCode: 10201 });
    expect(c.current(URL_B, document)).toMatchObject({
      problem: 'login-required',
      reason: expect.stringMatching(/log in/),
    });
    c.ingestApi('https://www.tiktok.com/api/post/item_list/', fixtureJson(F.postList));
    expect(c.current(URL_B, document)).toMatchObject({ problem: null, record: { id: B } });
  });

  it('reports a private account on its profile path', () => {
    const c = cache();
    const blob = {
      __DEFAULT_SCOPE__: {
        'webapp.user-detail': { statusCode: 10222 },
        'seo.abtest': { canonical: 'https://www.tiktok.com/@Hidden' },
      },
    };
    loadPage(JSON.stringify(blob));
    c.ingestDocument(document, 'https://www.tiktok.com/@hidden');
    expect(c.current('https://www.tiktok.com/@hidden', document).problem).toBe('private-account');
  });

  it('reports an age-restricted video together with what is known about it', () => {
    const c = cache();
    const restricted = { ...itemA, isContentClassified: true };
    delete restricted.video;
    c.ingestApi(`https://www.tiktok.com/api/item/detail/?itemId=${A}`, { itemInfo: { itemStruct: restricted } });
    expect(c.current(URL_A, document)).toMatchObject({ problem: 'age-restricted', record: { id: A } });
  });
});

describe('captions for the hook', () => {
  const vtt =
    'WEBVTT\n\n00:00:00.100 --> 00:00:02.000\nOlha só\n\n00:00:02.000 --> 00:00:05.000\no Jarvis\n\n00:00:06.000 --> 00:00:07.000\nfim\n';

  it('hands out the ASR track once and keeps the fetched transcript with cue times', () => {
    const c = cache();
    c.ingestApi('https://www.tiktok.com/api/item/detail/', { itemInfo: { itemStruct: itemA } });
    const [fetch, ...rest] = c.pendingCaptionFetches({ videoIds: [A] });
    expect(rest).toEqual([]);
    expect(fetch).toMatchObject({ videoId: A, track: { language: 'por-PT', source: 'ASR', format: 'webvtt' } });
    expect(c.pendingCaptionFetches({ videoIds: [A] })).toEqual([]);

    expect(c.attachTranscript(A, vtt)).toBe(true);
    const transcript = c.get(A)?.transcript;
    expect(transcript).toMatchObject({ language: 'por-PT', source: 'ASR', fetchedAt: T });
    expect(hookText(transcript!.cues, 3)).toBe('Olha só o Jarvis');
  });

  it('prefers the ASR track over a machine translation', () => {
    const c = cache();
    now = Date.UTC(2025, 9, 20); // sample 03's tracks expire 2025-10-22
    c.ingestApi('https://www.tiktok.com/api/post/item_list/', fixtureJson(F.postList));
    expect(c.pendingCaptionFetches()[0]?.track).toMatchObject({ source: 'ASR', language: 'cmn-Hant-CN' });
  });

  it('treats expired, missing, failed and empty captions as normal: nothing to fetch, no retry', () => {
    const c = cache();
    c.ingestApi('https://www.tiktok.com/api/post/item_list/', fixtureJson(F.postList)); // expired by T
    c.ingestApi('https://www.tiktok.com/api/post/item_list/', fixtureJson(F.popularList)); // no tracks
    expect(c.pendingCaptionFetches()).toEqual([]);

    c.ingestApi('https://www.tiktok.com/api/item/detail/', { itemInfo: { itemStruct: itemA } });
    expect(c.pendingCaptionFetches()).toHaveLength(1);
    c.captionFetchFailed(A);
    expect(c.pendingCaptionFetches()).toEqual([]);
    expect(c.attachTranscript(A, '<Error>AccessDenied</Error>')).toBe(false);
    expect(c.get(A)?.transcript).toBeNull();
  });

  it('does not hand out a caption URL on a host other than TikTok’s', () => {
    const c = cache();
    const evil = structuredClone(itemA);
    evil.video.subtitleInfos[0].Url = 'https://evil.example/track.vtt';
    evil.video.claInfo.captionInfos = [];
    c.ingestApi('https://www.tiktok.com/api/item/detail/', { itemInfo: { itemStruct: evil } });
    expect(c.pendingCaptionFetches()).toEqual([]);
  });
});

describe('fresher counts for a video already seen', () => {
  it('shows the count of a later item/detail over an older exact one it proves out of date', () => {
    const c = cache();
    const likes = (diggCount: string) => ({ ...itemC, statsV2: { ...itemC.statsV2, diggCount } });
    c.ingestApi('https://www.tiktok.com/api/recommend/item_list/', { itemList: [likes('9950')] });
    now = T + 3_600_000;
    c.ingestApi(`https://www.tiktok.com/api/item/detail/?itemId=${C}`, {
      statusCode: 0,
      itemInfo: { itemStruct: likes('12100') }, // display-rounded: 12.1K
    });
    expect(c.get(C)?.stats.likes).toEqual({ value: 12100, exact: false, source: 'statsV2', capturedAt: T + 3_600_000 });
  });
});

describe('cache housekeeping', () => {
  it('forgets the oldest videos beyond its bound', () => {
    const c = new VideoCache({ now: () => T, maxVideos: 2 });
    for (const item of [itemA, itemB, itemC])
      c.ingestApi('https://www.tiktok.com/api/item/detail/', { itemInfo: { itemStruct: item } });
    expect([c.get(A), c.get(B)?.id, c.get(C)?.id]).toEqual([null, B, C]);
  });

  it('tells listeners which videos changed, and navigation as an empty list', () => {
    const c = cache();
    const seen: string[][] = [];
    const off = c.onChange((ids) => seen.push(ids));
    c.ingestApi('https://www.tiktok.com/api/recommend/item_list/', fixtureJson(F.recommend));
    c.ingestBridge({ kind: 'nav', url: URL_B });
    off();
    c.ingestApi('https://www.tiktok.com/api/item/detail/', { itemInfo: { itemStruct: itemA } });
    expect(seen).toEqual([[C], []]);
  });

  it('ingests parsed bridge messages like API responses', () => {
    const c = cache();
    c.ingestBridge({
      kind: 'api',
      url: 'https://www.tiktok.com/api/recommend/item_list/',
      route: { kind: 'item-list', list: 'recommend' },
      body: fixtureJson(F.recommend),
    });
    expect(c.get(C)?.sources).toEqual(['api-list']);
  });
});

describe('page states on a video URL', () => {
  it('reports a private video from a status-only blob that names no item id', () => {
    const doc = new DOMParser().parseFromString(
      `<script id="__UNIVERSAL_DATA_FOR_REHYDRATION__" type="application/json">${JSON.stringify({
        __DEFAULT_SCOPE__: { 'webapp.video-detail': { statusCode: 10216, statusMsg: 'item is private' } },
      })}</script>`,
      'text/html',
    );
    const url = 'https://www.tiktok.com/@someone/video/7600000000000010216';
    const cache = new VideoCache();
    cache.ingestDocument(doc, url);
    const current = cache.current(url, doc);
    expect(current.videoId).toBe('7600000000000010216');
    expect(current.problem).toBe('private-video');
    expect(current.reason).toMatch(/private/i);
  });
});

describe('a LIVE room', () => {
  it('is reported as LIVE, not as a page without a video', () => {
    const doc = new DOMParser().parseFromString('<main></main>', 'text/html');
    const current = new VideoCache().current('https://www.tiktok.com/@someone/live', doc);
    expect(current.problem).toBe('live');
    expect(current.reason).toMatch(/LIVE stream/);
  });
});
