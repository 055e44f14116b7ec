import { z } from 'zod/mini';
import { BRIDGE_MAX_BODY_CHARS, BRIDGE_MAX_URL_CHARS, BRIDGE_SOURCE } from '@/lib/tiktok/bridge-protocol';

/**
 * Messages posted from TikTok's page (MAIN world) to the isolated content script. Untrusted: any page script can
 * post the same shape, so this only bounds sizes and types; the receiver re-classifies the URL and parses the body
 * as hostile JSON.
 */
const url = z.string().check(z.minLength(1), z.maxLength(BRIDGE_MAX_URL_CHARS));

export const bridgeApiMessageSchema = z.object({
  source: z.literal(BRIDGE_SOURCE),
  kind: z.literal('api'),
  url,
  body: z.string().check(z.maxLength(BRIDGE_MAX_BODY_CHARS)),
});

export const bridgeNavMessageSchema = z.object({
  source: z.literal(BRIDGE_SOURCE),
  kind: z.literal('nav'),
  url,
});

export const bridgeMessageSchema = z.discriminatedUnion('kind', [bridgeApiMessageSchema, bridgeNavMessageSchema]);
export type BridgeMessage = z.infer<typeof bridgeMessageSchema>;
