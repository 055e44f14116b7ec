/**
 * How the MAIN-world bridge sends. The isolated content script starts at document_idle, after TikTok's first API
 * calls (the first For You batch, the item detail of a shared link), so until it says it is listening every message
 * is held — bounded in count, size and time — and then replayed once, in order. Runs in TikTok's page: never throws.
 */
import { RECEIVER_SOURCE, type BridgeWireMessage } from './bridge-protocol';

const MAX_HELD = 40;
const MAX_HELD_CHARS = 20 * 1024 * 1024;
/** If no receiver shows up (the extension's content script failed), stop holding after this long. */
const HOLD_MS = 120_000;

export type Post = (msg: BridgeWireMessage) => void;

export function createOutbox(win: Window): Post {
  let ready = false;
  let held: BridgeWireMessage[] = [];
  let heldChars = 0;
  const since = Date.now();
  const send: Post = (msg) => {
    try {
      const origin = win.location.origin;
      win.postMessage(msg, origin && origin !== 'null' ? origin : '*');
    } catch {
      /* a closed or sandboxed window: drop the message */
    }
  };
  const flush = () => {
    ready = true;
    const replay = held;
    held = [];
    heldChars = 0;
    for (const msg of replay) send(msg);
  };
  win.addEventListener('message', (event: MessageEvent) => {
    try {
      const data = event.data as { source?: unknown; kind?: unknown } | null;
      if (event.source === win && data?.source === RECEIVER_SOURCE && data.kind === 'ready') flush();
    } catch {
      /* ignore */
    }
  });
  return (msg) => {
    if (ready) return send(msg);
    if (Date.now() - since > HOLD_MS) return (flush(), send(msg));
    const size = msg.kind === 'api' ? msg.body.length : msg.url.length;
    while (held.length && (held.length >= MAX_HELD || heldChars + size > MAX_HELD_CHARS)) {
      const dropped = held.shift()!; // oldest first: the newest data describes what is on screen
      heldChars -= dropped.kind === 'api' ? dropped.body.length : dropped.url.length;
    }
    held.push(msg);
    heldChars += size;
  };
}
