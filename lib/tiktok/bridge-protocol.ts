/**
 * What the MAIN-world bridge posts to the isolated content script. Constants only (no zod): the bridge runs inside
 * TikTok's page and must stay tiny; lib/schemas/bridge.ts validates the same shape on the receiving side.
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
