/**
 * What the MAIN-world bridge posts to the isolated content script. Constants only (no zod): the bridge runs inside
 * TikTok's page and must stay tiny; `readWireMessage` checks the same shape on the receiving side.
 */
export const BRIDGE_SOURCE = 'spark-scout-bridge';
/** The isolated script's one message back: "I am listening", so the bridge can replay what it held. */
export const RECEIVER_SOURCE = 'spark-scout-receiver';
/** Larger responses are not copied at all (a For You batch is ~100–400 kB; 5 MB leaves ample room). */
export const BRIDGE_MAX_BODY_CHARS = 5 * 1024 * 1024;
export const BRIDGE_MAX_URL_CHARS = 8192;

export type BridgeWireMessage =
  | { source: typeof BRIDGE_SOURCE; kind: 'api'; url: string; body: string }
  | { source: typeof BRIDGE_SOURCE; kind: 'nav'; url: string };

export type ReceiverReadyMessage = { source: typeof RECEIVER_SOURCE; kind: 'ready' };

const boundedString = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;

/**
 * The shape check of a message from the page (untrusted: any page script can post it). A plain guard rather than
 * zod: the content script's size budget (90 kB with React) has no room for zod's core. Sizes and types only; the
 * receiver re-classifies the URL and parses the body as hostile JSON.
 */
export function readWireMessage(data: unknown): BridgeWireMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const m = data as Record<string, unknown>;
  if (m.source !== BRIDGE_SOURCE || !boundedString(m.url, BRIDGE_MAX_URL_CHARS) || m.url.length === 0) return null;
  if (m.kind === 'nav') return { source: BRIDGE_SOURCE, kind: 'nav', url: m.url };
  if (m.kind === 'api' && boundedString(m.body, BRIDGE_MAX_BODY_CHARS)) {
    return { source: BRIDGE_SOURCE, kind: 'api', url: m.url, body: m.body };
  }
  return null;
}
