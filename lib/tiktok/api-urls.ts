/**
 * Which of TikTok's web API calls carry data we read (REFERENCE §3). Dependency-free on purpose: the MAIN-world
 * bridge imports it to decide, per request, whether to look at a response at all.
 */
export type ApiKind = 'item-detail' | 'item-list' | 'search' | 'comment-list' | 'comment-reply' | 'user-detail';

export interface ApiRoute {
  kind: ApiKind;
  /** For item lists: recommend, post, related, preload, favorite, challenge, music, mix, creator, repost, explore. */
  list: string | null;
}

const ROUTES: Array<[RegExp, ApiKind]> = [
  [/^\/api\/item\/detail\/?$/, 'item-detail'],
  [
    /^\/api\/(recommend|post|related|preload|favorite|challenge|music|mix|creator|repost|explore)\/item_list\/?$/,
    'item-list',
  ],
  [/^\/api\/search\/(general|item)\/full\/?$/, 'search'],
  [/^\/api\/comment\/list\/reply\/?$/, 'comment-reply'],
  [/^\/api\/comment\/list\/?$/, 'comment-list'],
  [/^\/api\/user\/detail\/?$/, 'user-detail'],
];

function isTikTokHost(host: string): boolean {
  return host === 'tiktok.com' || host.endsWith('.tiktok.com');
}

/**
 * Classifies a request URL (absolute, or relative to `base` = the page URL). Only TikTok hosts, or the page's own
 * origin, count. Returns null for everything else, which the bridge then leaves completely alone.
 */
export function classifyApiUrl(url: string, base?: string): ApiRoute | null {
  if (typeof url !== 'string' || url.length > 8192 || !url.includes('/api/')) return null;
  let parsed: URL;
  try {
    parsed = new URL(url, base ?? 'https://www.tiktok.com/');
  } catch {
    return null;
  }
  const sameOrigin = base !== undefined && safeOrigin(base) === parsed.origin;
  if (!sameOrigin && !isTikTokHost(parsed.hostname)) return null;
  for (const [re, kind] of ROUTES) {
    const m = re.exec(parsed.pathname);
    if (m) return { kind, list: kind === 'item-list' ? m[1]! : kind === 'search' ? m[1]! : null };
  }
  return null;
}

function safeOrigin(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}
