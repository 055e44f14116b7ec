import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BRIDGE_MAX_BODY_CHARS, BRIDGE_SOURCE } from '@/lib/tiktok/bridge-protocol';
import { parseBridgeEvent } from '@/lib/tiktok/bridge-receiver';
import { pageWindow } from './bridge-harness';

const { win } = pageWindow('https://www.tiktok.com/@zg.520');
const origin = 'https://www.tiktok.com';
const api = (over: Record<string, unknown> = {}) => ({
  source: BRIDGE_SOURCE,
  kind: 'api',
  url: 'https://www.tiktok.com/api/comment/list/?aweme_id=7603296357641735445',
  body: '{"comments":[],"total":0}',
  ...over,
});
const event = (data: unknown, over: Partial<{ origin: string; source: unknown }> = {}) => ({
  data,
  origin,
  source: win,
  ...over,
});

describe('parseBridgeEvent', () => {
  it('accepts an API message from this window and origin, with the route and the parsed body', () => {
    expect(parseBridgeEvent(event(api()), win)).toEqual({
      kind: 'api',
      url: 'https://www.tiktok.com/api/comment/list/?aweme_id=7603296357641735445',
      route: { kind: 'comment-list', list: null },
      body: { comments: [], total: 0 },
    });
  });

  it('accepts a same-origin navigation message', () => {
    const msg = { source: BRIDGE_SOURCE, kind: 'nav', url: 'https://www.tiktok.com/@zg.520/video/7513039993741397256' };
    expect(parseBridgeEvent(event(msg), win)).toEqual({ kind: 'nav', url: msg.url });
  });

  it.each([
    ['another window', event(api(), { source: {} })],
    ['another origin', event(api(), { origin: 'https://evil.example' })],
    ['a message of TikTok’s own', event({ type: 'webpackOk' })],
    ['a wrong source tag', event(api({ source: 'someone-else' }))],
    ['an unknown kind', event(api({ kind: 'eval' }))],
    ['a URL we do not read', event(api({ url: 'https://www.tiktok.com/api/commit/item/digg/' }))],
    ['an API URL on another host', event(api({ url: 'https://evil.example/api/item/detail/' }))],
    ['a body that is not JSON', event(api({ body: '{"comments":[' }))],
    ['a body that is not a string', event(api({ body: { comments: [] } }))],
    ['a body over the size cap', event(api({ body: ' '.repeat(BRIDGE_MAX_BODY_CHARS + 1) }))],
    ['an oversized URL', event(api({ url: `https://www.tiktok.com/api/item/detail/?x=${'a'.repeat(9000)}` }))],
    ['a navigation to another origin', event({ source: BRIDGE_SOURCE, kind: 'nav', url: 'https://evil.example/' })],
    ['null', event(null)],
  ])('ignores %s', (_name, e) => {
    expect(parseBridgeEvent(e, win)).toBeNull();
  });

  it('never throws on arbitrary messages (property)', () => {
    const shaped = fc.record({
      source: fc.oneof(fc.constant(BRIDGE_SOURCE), fc.anything()),
      kind: fc.oneof(fc.constantFrom('api', 'nav'), fc.anything()),
      url: fc.oneof(fc.constant('https://www.tiktok.com/api/item/detail/'), fc.string(), fc.anything()),
      body: fc.oneof(fc.string(), fc.json(), fc.anything()),
    });
    fc.assert(
      fc.property(fc.oneof(fc.anything(), shaped), fc.oneof(fc.constant(origin), fc.string()), (data, o) => {
        const r = parseBridgeEvent({ data, origin: o, source: win }, win);
        return r === null || r.kind === 'api' || r.kind === 'nav';
      }),
      { numRuns: 500 },
    );
  });
});
