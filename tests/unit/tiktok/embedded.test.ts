import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readEmbedded, readEmbeddedJson } from '@/lib/tiktok/embedded';
import { problemMessage } from '@/lib/tiktok/page-state';
import { F, T, fixtureJson, fixtureText, pageHtml, parseHtml } from './fixtures';
import { mutate, recordIsSound } from './invariants';

const UNIVERSAL = '__UNIVERSAL_DATA_FOR_REHYDRATION__';
const ID_A = '7606836476323597588';
const URL_A = `https://www.tiktok.com/@w..corporation/video/${ID_A}`;
const sample01 = fixtureJson(F.videoPage);

/** Sample 01 with its video-detail scope replaced (dotted keys inside scope names need manual nesting). */
function withDetail(detail: unknown, canonical: string | null = URL_A) {
  const blob = structuredClone(sample01);
  blob.__DEFAULT_SCOPE__['webapp.video-detail'] = detail;
  if (canonical === null) delete blob.__DEFAULT_SCOPE__['seo.abtest'];
  else blob.__DEFAULT_SCOPE__['seo.abtest'].canonical = canonical;
  return JSON.stringify(blob);
}

describe('readEmbedded from a document', () => {
  it('finds the rehydration script and reads the video', () => {
    const doc = parseHtml(pageHtml(UNIVERSAL, fixtureText(F.videoPage)));
    const r = readEmbedded(doc, { url: URL_A, capturedAt: T });
    expect(r.format).toBe('universal');
    expect(r.videos.map((v) => v.id)).toEqual([ID_A]);
  });

  it('reads SIGI_STATE when that is the script present', () => {
    const doc = parseHtml(pageHtml('SIGI_STATE', fixtureText(F.sigiProfile)));
    const r = readEmbedded(doc, { url: 'https://www.tiktok.com/@thenikosknifee', capturedAt: T });
    expect(r.format).toBe('sigi');
    expect(r.videos.map((v) => v.id)).toEqual(['7278751584643714347', '7278351732164300075']);
  });

  it('reads the oldest inline SIGI form', () => {
    const doc = parseHtml(
      `<html><body><script>window['SIGI_STATE']=${fixtureText(F.sigiProfile)};window['SIGI_RETRY']={}</script></body></html>`,
    );
    expect(readEmbedded(doc, { capturedAt: T }).videos).toHaveLength(2);
  });

  it('reads a __NEXT_DATA__ video page', () => {
    const item = sample01.__DEFAULT_SCOPE__['webapp.video-detail'].itemInfo.itemStruct;
    const next = { props: { pageProps: { statusCode: 0, itemInfo: { itemStruct: item } } } };
    const doc = parseHtml(pageHtml('__NEXT_DATA__', JSON.stringify(next)));
    const r = readEmbedded(doc, { url: URL_A, capturedAt: T });
    expect(r.format).toBe('next-data');
    expect(r.videos[0]?.sources).toEqual(['next-data']);
    expect(r.pageVideoId).toBe(ID_A);
  });

  it('reads nothing, without throwing, from a page with no blob or a broken one', () => {
    expect(readEmbedded(parseHtml('<html><body>hi</body></html>')).format).toBeNull();
    const truncated = fixtureText(F.videoPage).slice(0, 5000);
    expect(readEmbedded(parseHtml(pageHtml(UNIVERSAL, truncated))).videos).toEqual([]);
  });
});

describe('readEmbeddedJson: parsing only the scopes it reads', () => {
  const scopes = sample01.__DEFAULT_SCOPE__;
  const read = (blob: unknown, space?: number) =>
    readEmbeddedJson(JSON.stringify(blob, null, space), { url: URL_A, capturedAt: T });

  it('reads minified and pretty-printed blobs alike', () => {
    expect(read(sample01).videos).toEqual(read(sample01, 2).videos);
    expect(read(sample01).videos[0]?.id).toBe(ID_A);
  });

  it('reads the blob whatever the order of its scopes', () => {
    const reordered = { __DEFAULT_SCOPE__: { 'webapp.video-detail': scopes['webapp.video-detail'], ...scopes } };
    expect(read(reordered).videos[0]?.id).toBe(ID_A);
    expect(read(reordered).pageUrl).toBe(URL_A);
  });

  it('is not fooled by a scope name inside a string or a nested object before the real one', () => {
    const decoy = {
      __DEFAULT_SCOPE__: {
        'webapp.app-context': {
          note: '{"webapp.video-detail": {"itemInfo": {}}}',
          nested: { 'seo.abtest': { canonical: 'x' } },
        },
        ...scopes,
      },
    };
    const r = read(decoy);
    expect(r.videos[0]?.id).toBe(ID_A);
    expect(r.pageUrl).toBe(URL_A);
  });
});

describe('readEmbedded: the home feed', () => {
  it('reads webapp.updated-items, in both array shapes, and skips LIVE cards', () => {
    const item = sample01.__DEFAULT_SCOPE__['webapp.video-detail'].itemInfo.itemStruct;
    const other = { ...fixtureJson(F.recommend).itemList[0] };
    const live = { ...other, id: '7000000000000000001', liveRoomInfo: { roomId: '1' } };
    const blob = { __DEFAULT_SCOPE__: { 'webapp.updated-items': [{ itemStruct: item }, other, live] } };
    const r = readEmbeddedJson(JSON.stringify(blob), { url: 'https://www.tiktok.com/foryou', capturedAt: T });
    expect(r.videos.map((v) => v.id)).toEqual([ID_A, '7444705554666130708']);
    expect(r.skipped).toEqual(['LIVE card, not a post']);
    expect(r.live).toEqual(['7000000000000000001']);
    expect(r.pageVideoId).toBeNull();
    expect(r.stale).toBe(false);
  });
});

describe('readEmbedded: page states', () => {
  it.each([
    [10216, 'private-video'],
    [10222, 'private-account'],
    [10204, 'not-found'],
    [10201, 'login-required'],
  ] as const)('status %d reads as %s for the page id, with a sentence to show', (statusCode, problem) => {
    const r = readEmbeddedJson(withDetail({ statusCode, statusMsg: 'x', itemInfo: {} }), { url: URL_A, capturedAt: T });
    expect(r.videos).toEqual([]);
    expect(r.problem).toBe(problem);
    expect(r.problemVideoId).toBe(ID_A);
    expect(problemMessage(problem)).toMatch(/\w+.*\./);
  });

  it('reads an age-restricted post (isContentClassified, no video) as a record plus the problem', () => {
    const item = {
      ...sample01.__DEFAULT_SCOPE__['webapp.video-detail'].itemInfo.itemStruct,
      isContentClassified: true,
    };
    delete item.video;
    const r = readEmbeddedJson(withDetail({ statusCode: 0, itemInfo: { itemStruct: item } }), {
      url: URL_A,
      capturedAt: T,
    });
    expect(r.problem).toBe('age-restricted');
    expect(r.problemVideoId).toBe(ID_A);
    expect(r.videos[0]?.flags.ageRestricted).toBe(true);
  });

  it('reads a private profile from the user-detail status', () => {
    const blob = {
      __DEFAULT_SCOPE__: {
        'webapp.user-detail': { statusCode: 10222, userInfo: {} },
        'seo.abtest': { canonical: 'https://www.tiktok.com/@hidden' },
      },
    };
    const r = readEmbeddedJson(JSON.stringify(blob), { url: 'https://www.tiktok.com/@hidden', capturedAt: T });
    expect(r.problem).toBe('private-account');
    expect(r.problemVideoId).toBeNull();
    expect(r.pageUrl).toBe('https://www.tiktok.com/@hidden');
  });

  it('reads a LIVE detail as the live problem', () => {
    const item = {
      ...sample01.__DEFAULT_SCOPE__['webapp.video-detail'].itemInfo.itemStruct,
      liveRoomInfo: { roomId: '9' },
    };
    const r = readEmbeddedJson(withDetail({ statusCode: 0, itemInfo: { itemStruct: item } }), {
      url: URL_A,
      capturedAt: T,
    });
    expect(r.problem).toBe('live');
    expect(r.videos).toEqual([]);
  });
});

describe('readEmbedded: after SPA navigation', () => {
  it('marks the blob stale when the tab now shows another video', () => {
    const r = readEmbeddedJson(fixtureText(F.videoPage), {
      url: 'https://www.tiktok.com/@zg.520/video/7513039993741397256',
      capturedAt: T,
    });
    expect(r.stale).toBe(true);
    expect(r.pageVideoId).toBe(ID_A);
    expect(r.videos[0]?.id).toBe(ID_A); // still a true record of video A, keyed by A
  });

  it('marks a profile blob stale on another profile, using the canonical URL', () => {
    const r = readEmbeddedJson(fixtureText(F.profilePage), {
      url: 'https://www.tiktok.com/@someoneelse',
      capturedAt: T,
    });
    expect(r.stale).toBe(true);
  });

  it('ties a status problem to the blob’s own page, not to the URL the tab shows now', () => {
    const r = readEmbeddedJson(withDetail({ statusCode: 10216 }), {
      url: 'https://www.tiktok.com/@zg.520/video/7513039993741397256',
      capturedAt: T,
    });
    expect(r.problemVideoId).toBe(ID_A);
    expect(r.stale).toBe(true);
  });
});

describe('readEmbedded: robustness (property)', () => {
  it('never throws on arbitrary text or truncated blobs', () => {
    const text = fixtureText(F.videoPage);
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.integer({ min: 0, max: text.length }).map((n) => text.slice(0, n)),
        ),
        (s) => {
          const r = readEmbeddedJson(s, { url: URL_A, capturedAt: T });
          return Array.isArray(r.videos) && r.videos.every(recordIsSound);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary JSON values or mutated real blobs, and records stay honest', () => {
    const scopes = ['webapp.video-detail', 'webapp.user-detail', 'webapp.updated-items', 'seo.abtest'];
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything().map((v) => JSON.stringify(v) ?? 'null'),
          fc.tuple(fc.constantFrom(...scopes), fc.anything()).map(([scope, v]) => {
            const blob = structuredClone(sample01);
            blob.__DEFAULT_SCOPE__[scope] = v;
            return JSON.stringify(blob);
          }),
          fc
            .tuple(fc.constantFrom('statsV2.playCount', 'stats.diggCount', 'id', 'author', 'createTime'), fc.anything())
            .map(([path, v]) =>
              withDetail(mutate(sample01.__DEFAULT_SCOPE__['webapp.video-detail'], `itemInfo.itemStruct.${path}`, v)),
            ),
        ),
        (s) => readEmbeddedJson(s, { url: URL_A, capturedAt: T }).videos.every(recordIsSound),
      ),
      { numRuns: 300 },
    );
  });

  it('survives a hostile document', () => {
    const doc = parseHtml(
      pageHtml(
        UNIVERSAL,
        '{"__DEFAULT_SCOPE__":{"webapp.video-detail":{"itemInfo":{"itemStruct":{"id":"1","author":{"uniqueId":"x"},"desc":"<script>alert(1)</script>"}}}}}',
      ),
    );
    const r = readEmbedded(doc, { capturedAt: T });
    expect(r.videos[0]?.caption).toBe('<script>alert(1)</script>');
  });
});
