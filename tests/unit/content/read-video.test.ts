import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readVideo } from '@/lib/content/read-video';
import { VideoCache } from '@/lib/tiktok/video-cache';
import { makeVideo } from '../../fixtures/db/generate';
import { F, T, fixtureJson } from '../tiktok/fixtures';
import { feedCard } from '../tiktok/dom-pages';

const C = '7444705554666130708'; // sample 05 (/api/recommend/item_list/, 2024-12), @usergerageda
const itemC = fixtureJson(F.recommend).itemList[0];

let now = T;
const cache = () => new VideoCache({ now: () => now });

beforeEach(() => {
  now = T;
  window.history.replaceState({}, '', '/foryou');
});

afterEach(() => {
  document.body.innerHTML = '';
  window.history.replaceState({}, '', '/');
});

describe('reading the video of a feed card', () => {
  it('reads the card’s page text again on each read, until TikTok has drawn the counts', () => {
    const c = cache();
    document.body.innerHTML = feedCard({ id: C, handle: 'usergerageda', likes: '', comments: '' }, 0);
    const first = readVideo(c, C, document, window);
    expect(first.ok && first.video.stats.likes).toBeNull();

    now = T + 1000;
    document.body.innerHTML = feedCard({ id: C, handle: 'usergerageda', likes: '38.9K', comments: '504' }, 0);
    const second = readVideo(c, C, document, window);
    expect(second.ok && second.video.stats.likes).toEqual({
      value: 38900,
      exact: false,
      source: 'dom',
      capturedAt: T + 1000,
    });
    expect(second.ok && second.partial[0]).toMatch(/rounded from the page text/);
  });

  it('keeps the JSON numbers once the API described the card, whatever the page text says', () => {
    const c = cache();
    c.ingestApi('https://www.tiktok.com/api/recommend/item_list/', fixtureJson(F.recommend));
    document.body.innerHTML = feedCard({ id: C, handle: 'usergerageda', likes: '40.1K' }, 0);
    const read = readVideo(c, C, document, window);
    expect(read.ok && read.video.stats.likes).toEqual({ value: 38884, exact: true, source: 'statsV2', capturedAt: T });
  });

  it('says a LIVE card of the feed is a LIVE stream instead of scoring its page text', () => {
    const c = cache();
    const live = { ...itemC, liveRoomInfo: { roomId: '1', status: 2 } };
    c.ingestApi('https://www.tiktok.com/api/recommend/item_list/', { itemList: [live], statusCode: 0 });
    document.body.innerHTML = feedCard({ id: C, handle: 'usergerageda', likes: '38.9K' }, 0);
    // A known reason: the card says it at once rather than waiting for more data.
    expect(readVideo(c, C, document, window)).toEqual({
      ok: false,
      reason: expect.stringMatching(/LIVE stream/),
      pending: false,
    });
    expect(c.get(C)).toBeNull();
  });
});

describe('what the card says is missing', () => {
  it('asks for the comment panel only when the video has comments to read', () => {
    const base = makeVideo(4);
    for (const [count, asks] of [
      [12, true],
      [0, false],
    ] as const) {
      const video = {
        ...base,
        comments: [],
        stats: { ...base.stats, comments: { value: count, exact: true, source: 'stats' as const, capturedAt: T } },
      };
      const c = cache();
      c.ingestRecord(video);
      window.history.replaceState({}, '', `/@${video.author.handle}/video/${video.id}`);
      const read = readVideo(c, video.id, document, window);
      if (!read.ok) throw new Error(read.reason);
      expect(read.partial.some((m) => m.startsWith('Comments:'))).toBe(asks);
    }
  });
});
