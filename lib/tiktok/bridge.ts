/**
 * Runs in TikTok's page (MAIN world) at document_start. Wraps `fetch` and `XMLHttpRequest` to copy the bodies of
 * the few API responses we read (lib/tiktok/api-urls.ts) and hooks history navigation, posting both to the isolated
 * content script. Rules: the page gets exactly the same promise / XHR behaviour it would without us; URLs we do
 * not read are not parsed, cloned or copied; nothing here throws into the page; bodies over 5 MB are skipped.
 * Messages are held until the isolated script says it listens (bridge-outbox.ts).
 * Imports nothing but the URL classifier and constants, to stay small.
 */
import { classifyApiUrl } from './api-urls';
import { createOutbox, type Post } from './bridge-outbox';
import { BRIDGE_MAX_BODY_CHARS, BRIDGE_SOURCE } from './bridge-protocol';

/** Marker the bridge leaves so the isolated script (and tests) can see it loaded. */
export const BRIDGE_MARK = 'sparkScoutBridge';
export const BRIDGE_VERSION = '1';

const installed = new WeakSet<object>();
const noop = () => {};

export function installBridge(win: Window): void {
  try {
    win.document.documentElement.dataset[BRIDGE_MARK] = BRIDGE_VERSION;
    if (installed.has(win)) return;
    installed.add(win);
    const post = createOutbox(win);
    wrapFetch(win, post);
    wrapXhr(win, post);
    hookHistory(win, post);
  } catch {
    /* never break TikTok's page */
  }
}

/** The URL of a fetch input (string, URL or Request), or null. */
function urlOf(input: unknown): string | null {
  if (typeof input === 'string') return input;
  if (input && typeof input === 'object' && 'href' in input && typeof input.href === 'string') return input.href;
  if (input && typeof input === 'object' && 'url' in input && typeof input.url === 'string') return input.url;
  return null;
}

function interesting(win: Window, url: string | null): url is string {
  try {
    return url !== null && classifyApiUrl(url, win.location.href) !== null;
  } catch {
    return false;
  }
}

function wrapFetch(win: Window, post: Post): void {
  const original = win.fetch;
  if (typeof original !== 'function') return;
  const wrapped = function (this: unknown, input: RequestInfo | URL): Promise<Response> {
    // eslint-disable-next-line prefer-rest-params -- pass the exact arguments through
    const result: Promise<Response> = Reflect.apply(original, this, arguments);
    try {
      const url = urlOf(input);
      if (interesting(win, url)) result.then((res) => copyResponse(res, url, post), noop);
    } catch {
      /* ignore */
    }
    return result;
  };
  win.fetch = wrapped as typeof win.fetch;
}

function copyResponse(res: Response, url: string, post: Post): void {
  try {
    if (!res || !res.ok || typeof res.clone !== 'function' || res.bodyUsed) return;
    const declared = Number(res.headers?.get('content-length'));
    if (declared > BRIDGE_MAX_BODY_CHARS) return;
    res
      .clone()
      .text()
      .then((body) => {
        if (body.length <= BRIDGE_MAX_BODY_CHARS) post({ source: BRIDGE_SOURCE, kind: 'api', url, body });
      }, noop);
  } catch {
    /* ignore */
  }
}

function wrapXhr(win: Window, post: Post): void {
  const proto = (win as Window & typeof globalThis).XMLHttpRequest?.prototype;
  if (!proto) return;
  const open = proto.open;
  const send = proto.send;
  const urls = new WeakMap<XMLHttpRequest, string>();
  proto.open = function (this: XMLHttpRequest) {
    try {
      // eslint-disable-next-line prefer-rest-params
      const url = urlOf(arguments[1]);
      if (url !== null) urls.set(this, url);
    } catch {
      /* ignore */
    }
    // eslint-disable-next-line prefer-rest-params
    return Reflect.apply(open, this, arguments);
  } as typeof proto.open;
  proto.send = function (this: XMLHttpRequest) {
    try {
      const url = urls.get(this) ?? null;
      if (interesting(win, url)) this.addEventListener('load', () => copyXhr(this, url, post));
    } catch {
      /* ignore */
    }
    // eslint-disable-next-line prefer-rest-params
    return Reflect.apply(send, this, arguments);
  };
}

function copyXhr(xhr: XMLHttpRequest, url: string, post: Post): void {
  try {
    if (xhr.status < 200 || xhr.status >= 300) return;
    let body: string | null = null;
    if (xhr.responseType === '' || xhr.responseType === 'text') body = xhr.responseText;
    else if (xhr.responseType === 'json' && xhr.response != null) body = JSON.stringify(xhr.response);
    if (body !== null && body.length <= BRIDGE_MAX_BODY_CHARS) post({ source: BRIDGE_SOURCE, kind: 'api', url, body });
  } catch {
    /* ignore */
  }
}

function hookHistory(win: Window, post: Post): void {
  const announce = () => {
    try {
      post({ source: BRIDGE_SOURCE, kind: 'nav', url: win.location.href });
    } catch {
      /* ignore */
    }
  };
  for (const name of ['pushState', 'replaceState'] as const) {
    const original = win.history[name];
    if (typeof original !== 'function') continue;
    win.history[name] = function (this: History) {
      // eslint-disable-next-line prefer-rest-params -- errors (e.g. SecurityError) reach the page as before
      const result = Reflect.apply(original, this, arguments);
      announce();
      return result;
    } as History[typeof name];
  }
  win.addEventListener('popstate', announce);
}
