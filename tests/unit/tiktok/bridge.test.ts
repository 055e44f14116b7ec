import { describe, expect, it, vi } from 'vitest';
import { BRIDGE_MARK, BRIDGE_VERSION, installBridge } from '@/lib/tiktok/bridge';
import { BRIDGE_MAX_BODY_CHARS } from '@/lib/tiktok/bridge-protocol';
import { listenToBridge, type BridgeInput } from '@/lib/tiktok/bridge-receiver';
import { VideoCache } from '@/lib/tiktok/video-cache';
import { F, T, fixtureText } from './fixtures';
import { fakeXhrClass, flush, pageWindow, receiverReady } from './bridge-harness';

const RECOMMEND = 'https://www.tiktok.com/api/recommend/item_list/?count=8&X-Bogus=abc';
const body05 = fixtureText(F.recommend);

function withFetch(win: Window, impl: (input: unknown) => Promise<Response>) {
  const spy = vi.fn(impl);
  (win as Window & { fetch: unknown }).fetch = spy;
  return spy;
}

describe('installBridge', () => {
  it('marks the page so the isolated script and end-to-end tests can see it loaded', () => {
    const { win } = pageWindow();
    installBridge(win);
    receiverReady(win);
    expect(win.document.documentElement.dataset[BRIDGE_MARK]).toBe(BRIDGE_VERSION);
    expect(win.document.documentElement.getAttribute('data-spark-scout-bridge')).toBe('1');
  });

  it('gives the page the very same fetch promise and an unread body, and posts a copy of interesting responses', async () => {
    const { win, posted } = pageWindow();
    const original = withFetch(win, async () => new Response(body05, { status: 200 }));
    installBridge(win);
    receiverReady(win);
    const promise = win.fetch(RECOMMEND, { credentials: 'include' });
    const res = await promise;
    expect(original).toHaveBeenCalledWith(RECOMMEND, { credentials: 'include' });
    expect(res.bodyUsed).toBe(false);
    expect(await res.text()).toBe(body05);
    await flush();
    expect(posted).toEqual([{ source: 'spark-scout-bridge', kind: 'api', url: RECOMMEND, body: body05 }]);
  });

  it('neither clones nor reads responses of URLs it does not read', async () => {
    const { win, posted } = pageWindow();
    const clone = vi.fn();
    const res = { ok: true, clone, headers: new Headers(), bodyUsed: false } as unknown as Response;
    withFetch(win, async () => res);
    installBridge(win);
    receiverReady(win);
    expect(await win.fetch('https://www.tiktok.com/api/commit/item/digg/')).toBe(res);
    expect(await win.fetch('https://mon.tiktokv.com/monitor_browser/collect/batch/')).toBe(res);
    await flush();
    expect(clone).not.toHaveBeenCalled();
    expect(posted).toEqual([]);
  });

  it('passes failures through unchanged and copies nothing from them', async () => {
    const { win, posted } = pageWindow();
    const boom = new TypeError('Failed to fetch');
    withFetch(win, async (input) => {
      if (String(input).includes('detail')) throw boom;
      return new Response('{"statusCode":0}', { status: 500 });
    });
    installBridge(win);
    receiverReady(win);
    await expect(win.fetch('https://www.tiktok.com/api/item/detail/?itemId=1')).rejects.toBe(boom);
    expect((await win.fetch(RECOMMEND)).status).toBe(500);
    await flush();
    expect(posted).toEqual([]);
  });

  it('skips bodies over the size cap, by header or by length', async () => {
    const { win, posted } = pageWindow();
    const huge = 'x'.repeat(BRIDGE_MAX_BODY_CHARS + 1);
    withFetch(win, async (input) =>
      String(input).includes('post')
        ? new Response('{}', { headers: { 'content-length': String(BRIDGE_MAX_BODY_CHARS * 2) } })
        : new Response(huge),
    );
    installBridge(win);
    receiverReady(win);
    await win.fetch('https://www.tiktok.com/api/post/item_list/');
    await win.fetch(RECOMMEND);
    await flush();
    expect(posted).toEqual([]);
  });

  it('never throws into the page when a response misbehaves', async () => {
    const { win } = pageWindow();
    const weird = {
      ok: true,
      bodyUsed: false,
      headers: { get: () => null },
      clone: () => {
        throw new Error('nope');
      },
    } as unknown as Response;
    withFetch(win, async () => weird);
    installBridge(win);
    receiverReady(win);
    await expect(win.fetch(RECOMMEND)).resolves.toBe(weird);
    await expect(win.fetch(new URL(RECOMMEND))).resolves.toBe(weird);
    await expect(win.fetch({ url: RECOMMEND } as Request)).resolves.toBe(weird);
  });

  it('copies XHR responses (text and json) without touching what the page reads', async () => {
    const { win, posted } = pageWindow();
    const detail = '{"itemInfo":{},"statusCode":0}';
    (win as { XMLHttpRequest: unknown }).XMLHttpRequest = fakeXhrClass({
      [RECOMMEND]: { status: 200, text: body05 },
      'https://www.tiktok.com/api/item/detail/?itemId=1': { status: 200, text: detail, type: 'json' },
      'https://www.tiktok.com/api/other/': { status: 200, text: '{}' },
    });
    installBridge(win);
    receiverReady(win);
    const seen: string[] = [];
    for (const url of [
      RECOMMEND,
      'https://www.tiktok.com/api/item/detail/?itemId=1',
      'https://www.tiktok.com/api/other/',
    ]) {
      const xhr = new win.XMLHttpRequest();
      xhr.addEventListener('load', () =>
        seen.push(String(xhr.responseType === 'json' ? 'json' : xhr.responseText.length)),
      );
      xhr.open('GET', url);
      xhr.send();
    }
    await flush();
    expect(seen).toEqual([String(body05.length), 'json', '2']);
    expect(posted.map((m) => m.kind === 'api' && [m.url, m.body])).toEqual([
      [RECOMMEND, body05],
      ['https://www.tiktok.com/api/item/detail/?itemId=1', detail],
    ]);
  });

  it('announces pushState, replaceState and popstate navigations', async () => {
    const { win, posted } = pageWindow();
    installBridge(win);
    receiverReady(win);
    win.history.pushState({}, '', '/@zg.520/video/7513039993741397256');
    win.history.replaceState({}, '', '/@zg.520/video/7513039993741397256?lang=en');
    win.dispatchEvent(new win.PopStateEvent('popstate'));
    expect(posted).toEqual([
      { source: 'spark-scout-bridge', kind: 'nav', url: 'https://www.tiktok.com/@zg.520/video/7513039993741397256' },
      {
        source: 'spark-scout-bridge',
        kind: 'nav',
        url: 'https://www.tiktok.com/@zg.520/video/7513039993741397256?lang=en',
      },
      {
        source: 'spark-scout-bridge',
        kind: 'nav',
        url: 'https://www.tiktok.com/@zg.520/video/7513039993741397256?lang=en',
      },
    ]);
  });

  it('lets a pushState error reach the page exactly as before', () => {
    const { win } = pageWindow();
    installBridge(win);
    receiverReady(win);
    expect(() => win.history.pushState({}, '', 'https://evil.example/')).toThrow();
  });

  it('wraps only once when installed twice', async () => {
    const { win, posted } = pageWindow();
    withFetch(win, async () => new Response('{}'));
    installBridge(win);
    installBridge(win);
    receiverReady(win);
    await win.fetch(RECOMMEND);
    await flush();
    expect(posted).toHaveLength(1);
  });

  it('holds what it captures until the receiver listens, then replays it once, in order', async () => {
    const { win, posted } = pageWindow();
    withFetch(win, async () => new Response(body05));
    installBridge(win);
    await win.fetch(RECOMMEND);
    await flush(); // the copy is posted once its body is read
    win.history.pushState({}, '', '/@zg.520/video/7513039993741397256');
    expect(posted).toEqual([]);
    receiverReady(win);
    receiverReady(win);
    expect(posted.map((m) => m.kind)).toEqual(['api', 'nav']);
    await win.fetch(RECOMMEND);
    await flush();
    expect(posted.map((m) => m.kind)).toEqual(['api', 'nav', 'api']);
  });

  it('keeps only the newest messages while nobody listens', async () => {
    const { win, posted } = pageWindow();
    installBridge(win);
    for (let i = 0; i < 60; i++) win.history.pushState({}, '', `/@h/video/${7000 + i}`);
    receiverReady(win);
    expect(posted).toHaveLength(40);
    expect(posted[0]).toMatchObject({ kind: 'nav', url: 'https://www.tiktok.com/@h/video/7020' });
    expect(posted.at(-1)).toMatchObject({ kind: 'nav', url: 'https://www.tiktok.com/@h/video/7059' });
  });

  it('delivers a captured feed batch to the isolated script’s cache', async () => {
    const { win } = pageWindow();
    withFetch(win, async () => new Response(body05));
    installBridge(win);
    await win.fetch(RECOMMEND); // TikTok's first batch, before the isolated script (document_idle) listens
    await flush();
    const cache = new VideoCache({ now: () => T });
    const received: BridgeInput[] = [];
    const controller = new win.AbortController();
    listenToBridge(
      win,
      (msg) => {
        received.push(msg);
        cache.ingestBridge(msg);
      },
      controller.signal,
    );
    await flush();
    expect(received.map((m) => m.kind)).toEqual(['api']);
    expect(cache.get('7444705554666130708')?.stats.views).toEqual({
      value: 1585253,
      exact: true,
      source: 'statsV2',
      capturedAt: T,
    });

    controller.abort();
    await win.fetch(RECOMMEND);
    await flush();
    expect(received).toHaveLength(1);
  });
});
