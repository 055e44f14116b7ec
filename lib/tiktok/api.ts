/**
 * Reads an intercepted TikTok API response body (already JSON-parsed, untrusted) into records and comments.
 * Relays such as RapidAPI/TikHub wrap the same body in `{ data: … }`; that wrapper is unwrapped too.
 */
import type { Author, PageProblem, VideoRecord } from '@/lib/schemas/video';
import { classifyApiUrl, type ApiKind } from './api-urls';
import { profileOf } from './author';
import { arr, idStr, isObj, obj, type Obj } from './coerce';
import { commentBatchesOf, type CommentBatch } from './comments';
import { normalizeItem } from './normalize';
import { problemFromStatus } from './page-state';

export interface ApiExtract {
  kind: ApiKind | null;
  videos: VideoRecord[];
  comments: CommentBatch[];
  authors: Author[];
  /** A detail request TikTok refused (private, not found, login wall), keyed by the id asked for. */
  problem: { videoId: string | null; problem: PageProblem } | null;
  /** Ids of LIVE cards in any response (feed lists too): their on-screen card is a stream, not a post. */
  live: string[];
  /** Items dropped (LIVE cards, invalid items), with the reason, for debugging. */
  skipped: string[];
}

const MAX_ITEMS = 200;

function empty(kind: ApiKind | null): ApiExtract {
  return { kind, videos: [], comments: [], authors: [], problem: null, live: [], skipped: [] };
}

function unwrap(body: unknown): Obj {
  const b = obj(body);
  const known = ['itemList', 'item_list', 'itemInfo', 'comments', 'userInfo'];
  if (!known.some((k) => k in b) && isObj(b.data)) return b.data;
  return b;
}

export function extractApi(url: string, body: unknown, capturedAt: number, base?: string): ApiExtract {
  try {
    const route = classifyApiUrl(url, base);
    if (!route) return empty(null);
    return read(route.kind, new URL(url, base ?? 'https://www.tiktok.com/'), unwrap(body), capturedAt);
  } catch {
    return empty(null);
  }
}

function read(kind: ApiKind, url: URL, b: Obj, capturedAt: number): ApiExtract {
  const out = empty(kind);
  const param = (name: string) => idStr(url.searchParams.get(name));
  if (kind === 'comment-list' || kind === 'comment-reply') {
    out.comments = commentBatchesOf(b, param('aweme_id') ?? param('item_id'), kind === 'comment-reply');
    return out;
  }
  if (kind === 'user-detail') {
    const info = obj(b.userInfo);
    const author = profileOf(info.user, info.statsV2, info.stats, capturedAt);
    if (author) out.authors.push(author);
    return out;
  }
  let items: unknown[];
  if (kind === 'item-detail') {
    const problem = problemFromStatus(b.statusCode ?? b.status_code);
    const item = obj(b.itemInfo).itemStruct;
    if (problem && !isObj(item)) {
      out.problem = { videoId: param('itemId') ?? param('item_id'), problem };
      return out;
    }
    items = [item];
  } else if (kind === 'search') {
    items = [
      ...arr(b.data)
        .map((d) => obj(d).item)
        .filter(isObj),
      ...arr(b.item_list),
    ];
  } else {
    items = [...arr(b.itemList), ...arr(b.item_list)];
  }
  const source = kind === 'item-detail' ? 'api-detail' : kind === 'search' ? 'api-search' : 'api-list';
  for (const item of items.slice(0, MAX_ITEMS)) {
    const r = normalizeItem(item, { source, capturedAt });
    if (r.ok) out.videos.push(r.record);
    else out.skipped.push(r.reason);
    if (!r.ok && r.live && r.id) out.live.push(r.id);
    if (kind !== 'item-detail') continue;
    if (!r.ok && r.live) out.problem = { videoId: r.id ?? null, problem: 'live' };
    // isContentClassified with no `video`: withheld until an adult account signs in.
    if (r.ok && r.record.flags.ageRestricted === true && !isObj(obj(item).video)) {
      out.problem = { videoId: r.record.id, problem: 'age-restricted' };
    }
  }
  return out;
}
