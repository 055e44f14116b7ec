/**
 * Isolated-world side of the bridge. Everything arriving by `window.postMessage` is untrusted (any page script can
 * post the same shape): only messages from this window and origin, matching the schema, for an API URL we read,
 * with a body that parses as JSON, get through. Everything else is ignored silently.
 */
import { classifyApiUrl, type ApiRoute } from './api-urls';
import { BRIDGE_SOURCE, readWireMessage, RECEIVER_SOURCE, type ReceiverReadyMessage } from './bridge-protocol';

export type BridgeInput = { kind: 'api'; url: string; route: ApiRoute; body: unknown } | { kind: 'nav'; url: string };

interface MessageLike {
  data: unknown;
  origin: string;
  source: unknown;
}

export function parseBridgeEvent(event: MessageLike, win: Window): BridgeInput | null {
  try {
    if (event.source !== win || event.origin !== win.location.origin) return null;
    const data = event.data as { source?: unknown } | null;
    // Cheap check first: TikTok's own scripts post many messages; only ours pay for the full shape check.
    if (typeof data !== 'object' || data === null || data.source !== BRIDGE_SOURCE) return null;
    const msg = readWireMessage(data);
    if (!msg) return null;
    const url = new URL(msg.url, win.location.href).href;
    if (msg.kind === 'nav') return new URL(url).origin === win.location.origin ? { kind: 'nav', url } : null;
    const route = classifyApiUrl(url, win.location.href);
    if (!route) return null;
    return { kind: 'api', url, route, body: JSON.parse(msg.body) };
  } catch {
    return null;
  }
}

/**
 * Listens for bridge messages until `signal` aborts (pass WXT's `ctx.signal`), then tells the bridge it listens so
 * it replays what it captured before this script started (document_idle comes after TikTok's first API calls).
 */
export function listenToBridge(win: Window, onMessage: (msg: BridgeInput) => void, signal?: AbortSignal): void {
  win.addEventListener(
    'message',
    (event: MessageEvent) => {
      const msg = parseBridgeEvent(event, win);
      if (!msg) return;
      try {
        onMessage(msg);
      } catch {
        /* a consumer bug must not surface in TikTok's page */
      }
    },
    { signal },
  );
  try {
    const ready: ReceiverReadyMessage = { source: RECEIVER_SOURCE, kind: 'ready' };
    win.postMessage(ready, win.location.origin);
  } catch {
    /* no bridge to tell */
  }
}
