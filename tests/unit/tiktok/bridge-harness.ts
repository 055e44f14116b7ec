import { createRequire } from 'node:module';
import { BRIDGE_SOURCE, RECEIVER_SOURCE, type BridgeWireMessage } from '@/lib/tiktok/bridge-protocol';

export type PageWindow = Window & typeof globalThis;

// jsdom ships no type declarations (and @types/jsdom is not installed): load it untyped, describe what we use.
const { JSDOM } = createRequire(import.meta.url)('jsdom') as {
  JSDOM: new (html: string, options: { url: string }) => { window: unknown };
};

/** A fake XHR that "loads" `responseText` on send (jsdom's real XHR would go to the network). */
export function fakeXhrClass(
  responses: Record<string, { status: number; text: string; type?: XMLHttpRequestResponseType }>,
) {
  return class FakeXhr extends EventTarget {
    url = '';
    status = 0;
    responseText = '';
    responseType: XMLHttpRequestResponseType = '';
    response: unknown = null;
    open(_method: string, url: string) {
      this.url = url;
    }
    send() {
      const r = responses[this.url] ?? { status: 404, text: '' };
      queueMicrotask(() => {
        this.status = r.status;
        this.responseType = r.type ?? '';
        this.responseText = r.type === 'json' ? '' : r.text;
        this.response = r.type === 'json' ? JSON.parse(r.text) : r.text;
        this.dispatchEvent(new Event('load'));
      });
    }
  };
}

/**
 * A TikTok-like page window. jsdom's postMessage sets neither `source` nor `origin`, so it is replaced by the
 * browser behaviour (async MessageEvent from this window, with its origin). `posted` records what the bridge sent.
 */
export function pageWindow(url = 'https://www.tiktok.com/foryou') {
  const dom = new JSDOM('<!doctype html><html><head></head><body></body></html>', { url });
  const win = dom.window as unknown as PageWindow;
  const posted: BridgeWireMessage[] = [];
  win.postMessage = ((data: BridgeWireMessage, targetOrigin: string) => {
    if (data?.source === BRIDGE_SOURCE) posted.push(data);
    if (targetOrigin !== '*' && targetOrigin !== win.location.origin) return;
    setTimeout(() =>
      win.dispatchEvent(new win.MessageEvent('message', { data, origin: win.location.origin, source: win })),
    );
  }) as typeof win.postMessage;
  return { win, posted };
}

export const flush = () => new Promise((r) => setTimeout(r, 5));

/** What listenToBridge posts when it starts, delivered synchronously. */
export function receiverReady(win: PageWindow): void {
  win.dispatchEvent(
    new win.MessageEvent('message', {
      data: { source: RECEIVER_SOURCE, kind: 'ready' },
      origin: win.location.origin,
      source: win,
    }),
  );
}
