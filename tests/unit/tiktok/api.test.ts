import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractApi } from '@/lib/tiktok/api';
import { classifyApiUrl } from '@/lib/tiktok/api-urls';
import { F, T, fixtureJson } from './fixtures';
import { recordIsSound } from './invariants';

const item01 = fixtureJson(F.videoPage).__DEFAULT_SCOPE__['webapp.video-detail'].itemInfo.itemStruct;

describe('classifyApiUrl', () => {
  it.each([
    ['https://www.tiktok.com/api/item/detail/?itemId=1&X-Bogus=x', 'item-detail', null],
    ['https://www.tiktok.com/api/recommend/item_list/?count=8', 'item-list', 'recommend'],
    ['https://www.tiktok.com/api/post/item_list/?secUid=x', 'item-list', 'post'],
    ['https://www.tiktok.com/api/related/item_list/?itemID=1', 'item-list', 'related'],
    ['https://www.tiktok.com/api/preload/item_list/', 'item-list', 'preload'],
    ['https://www.tiktok.com/api/favorite/item_list', 'item-list', 'favorite'],
    ['https://www.tiktok.com/api/challenge/item_list/', 'item-list', 'challenge'],
    ['https://www.tiktok.com/api/music/item_list/', 'item-list', 'music'],
    ['https://www.tiktok.com/api/search/general/full/?keyword=x', 'search', 'general'],
    ['https://www.tiktok.com/api/search/item/full/', 'search', 'item'],
    ['https://www.tiktok.com/api/comment/list/?aweme_id=1', 'comment-list', null],
    ['https://www.tiktok.com/api/comment/list/reply/?item_id=1&comment_id=2', 'comment-reply', null],
    ['https://m.tiktok.com/api/user/detail/?uniqueId=x', 'user-detail', null],
  ])('classifies %s', (url, kind, list) => {
    expect(classifyApiUrl(url)).toEqual({ kind, list });
  });

  it('resolves relative URLs against the page', () => {
    expect(classifyApiUrl('/api/item/detail/?itemId=1', 'https://www.tiktok.com/foryou')?.kind).toBe('item-detail');
  });

  it.each([
    'https://www.tiktok.com/api/commit/item/digg/',
    'https://www.tiktok.com/api/search/user/full/',
    'https://www.tiktok.com/foryou',
    'https://mcs.tiktokw.us/v1/list',
    'https://evil.example/api/item/detail/',
    'https://tiktok.com.evil.example/api/item/detail/',
    'not a url at all /api/',
  ])('leaves %s alone', (url) => {
    expect(classifyApiUrl(url)).toBeNull();
  });

  it('accepts the page’s own origin (the local test site)', () => {
    expect(classifyApiUrl('http://localhost:5173/api/item/detail/', 'http://localhost:5173/@h/video/1')?.kind).toBe(
      'item-detail',
    );
  });
});

describe('extractApi', () => {
  it('reads /api/item/detail like the SSR blob, marked as an API detail read', () => {
    const body = { itemInfo: { itemStruct: item01 }, statusCode: 0, status_code: 0 };
    const r = extractApi('https://www.tiktok.com/api/item/detail/?itemId=7606836476323597588', body, T);
    expect(r.videos.map((v) => [v.id, v.sources])).toEqual([['7606836476323597588', ['api-detail']]]);
  });

  it('unwraps a relay `{ data: … }` around a detail body', () => {
    const r = extractApi('https://www.tiktok.com/api/item/detail/', { data: { itemInfo: { itemStruct: item01 } } }, T);
    expect(r.videos).toHaveLength(1);
  });

  it('reads a refused detail (login wall) as a problem for the id asked for', () => {
    const r = extractApi(
      'https://www.tiktok.com/api/item/detail/?itemId=7513039993741397256',
      { statusCode: 10201 },
      T,
    );
    expect(r.problem).toEqual({ videoId: '7513039993741397256', problem: 'login-required' });
    expect(r.videos).toEqual([]);
  });

  it('names the LIVE cards of a feed list, not only of a detail response', () => {
    const item = fixtureJson(F.recommend).itemList[0];
    const live = { ...item, liveRoomInfo: { roomId: '1', status: 2 } };
    const r = extractApi('https://www.tiktok.com/api/recommend/item_list/', { itemList: [live], statusCode: 0 }, T);
    expect(r.live).toEqual([item.id]);
    expect(r.videos).toEqual([]);
    expect(r.problem).toBeNull();
  });

  it('reads the search item_list shape', () => {
    const r = extractApi('https://www.tiktok.com/api/search/item/full/', { item_list: [item01] }, T);
    expect(r.videos.map((v) => v.sources)).toEqual([['api-search']]);
  });

  it('marks reply pages as replies and inline replies too, keyed by the video from the URL when absent', () => {
    const reply = {
      cid: '7603400000000000001',
      text: 'agreed',
      digg_count: 3,
      create_time: 1770290000,
      reply_id: '7603308235172496150',
    };
    const replies = extractApi(
      'https://www.tiktok.com/api/comment/list/reply/?item_id=7603296357641735445&comment_id=7603308235172496150',
      { comments: [reply], total: 1 },
      T,
    );
    expect(replies.comments).toEqual([
      {
        videoId: '7603296357641735445',
        total: null,
        comments: [
          {
            id: '7603400000000000001',
            text: 'agreed',
            likes: 3,
            createdAt: 1770290000000,
            language: null,
            isReply: true,
          },
        ],
      },
    ]);
    const top = {
      cid: '7603400000000000002',
      aweme_id: '7603296357641735445',
      text: 'top',
      reply_id: '0',
      reply_comment: [reply],
    };
    const list = extractApi('https://www.tiktok.com/api/comment/list/', { comments: [top], total: 9 }, T);
    expect(list.comments[0]?.comments.map((c) => [c.id, c.isReply])).toEqual([
      ['7603400000000000002', false],
      ['7603400000000000001', true],
    ]);
  });

  it('drops absurd comment numbers instead of showing them', () => {
    const bad = {
      cid: '7603400000000000003',
      aweme_id: '7603296357641735445',
      text: 5,
      digg_count: -1,
      create_time: 'x',
    };
    const r = extractApi('https://www.tiktok.com/api/comment/list/', { comments: [bad] }, T);
    expect(r.comments[0]?.comments[0]).toEqual({
      id: '7603400000000000003',
      text: '',
      likes: null,
      createdAt: null,
      language: null,
      isReply: false,
    });
  });

  it('reads nothing from an uninteresting URL even if the body looks like data', () => {
    expect(extractApi('https://www.tiktok.com/api/commit/item/digg/', { itemList: [item01] }, T).videos).toEqual([]);
  });

  it('never throws on arbitrary bodies, and every record it returns is sound (property)', () => {
    const urls = [
      'https://www.tiktok.com/api/item/detail/?itemId=1',
      'https://www.tiktok.com/api/recommend/item_list/',
      'https://www.tiktok.com/api/search/general/full/',
      'https://www.tiktok.com/api/comment/list/?aweme_id=7603296357641735445',
      'https://www.tiktok.com/api/user/detail/',
    ];
    const real = [fixtureJson(F.postList), fixtureJson(F.recommend), fixtureJson(F.search), fixtureJson(F.comments)];
    fc.assert(
      fc.property(
        fc.constantFrom(...urls),
        fc.oneof(
          fc.anything(),
          fc.constantFrom(...real),
          fc.record({ itemList: fc.array(fc.anything()) }),
          fc.record({ comments: fc.array(fc.anything()), total: fc.anything() }),
          fc.record({ data: fc.array(fc.record({ item: fc.anything() })) }),
        ),
        (url, body) => {
          const r = extractApi(url, body, T);
          return (
            r.videos.every(recordIsSound) &&
            r.comments.every((b) => b.comments.every((c) => c.likes === null || c.likes >= 0))
          );
        },
      ),
      { numRuns: 400 },
    );
  });
});
