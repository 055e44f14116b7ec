/**
 * TikTok URLs and ids. Ids stay decimal strings (they exceed 2^53); BigInt only to read the time in the top bits.
 */
const ID_IN_PATH = /\/(video|photo)\/(\d{1,25})(?=[/?#]|$)/;
const SHARE_PATH = /^\/v\/(\d{1,25})\.html$/; // m.tiktok.com/v/<id>.html (comment share links)
const HANDLE_IN_PATH = /^\/@([^/?#]{1,100})/;
const HANDLE_RE = /^[a-z0-9._]{1,64}$/;
/**
 * TikTok's username rule for what a person types: at most 24 letters, digits, "_" and ".". HANDLE_RE allows longer
 * for what pages and APIs send, to be safe.
 */
export const MAX_TYPED_HANDLE_LENGTH = 24;
const TIKTOK_LINK = /^(?:https?:\/\/)?(?:[\w-]+\.)*tiktok\.com\//i;

/** TikTok launched internationally in 2017; ids before 2016 or after 2100 are not real post ids. */
const MIN_POSTED_S = 1_451_606_400; // 2016-01-01
const MAX_POSTED_S = 4_102_444_800; // 2100-01-01

export type PostKind = 'video' | 'photo';

export function isVideoId(value: unknown): value is string {
  return typeof value === 'string' && /^\d{1,25}$/.test(value) && !/^0+$/.test(value);
}

/** The post id in `/@h/video/ID`, `/@h/photo/ID` (also the browse modal's URL) or `/v/ID.html`. */
export function videoIdFromPath(pathname: string): string | null {
  const m = ID_IN_PATH.exec(pathname) ?? SHARE_PATH.exec(pathname);
  const id = m ? m[m.length - 1]! : null;
  return isVideoId(id) ? id : null;
}

/** A LIVE room: `/@handle/live` and `/live` (REFERENCE §2.6: LIVE is a stream, not a post). */
export function isLivePath(pathname: string): boolean {
  return /^\/(@[^/]+\/)?live(\/|$)/i.test(pathname);
}

export function postKindFromPath(pathname: string): PostKind | null {
  const m = ID_IN_PATH.exec(pathname);
  return m ? (m[1] as PostKind) : null;
}

export function toUrl(input: string | URL | { href: string }): URL | null {
  try {
    return new URL(typeof input === 'string' ? input : input.href, 'https://www.tiktok.com/');
  } catch {
    return null;
  }
}

export function videoIdFromUrl(input: string | URL | { href: string }): string | null {
  const url = toUrl(input);
  return url ? videoIdFromPath(url.pathname) : null;
}

/** "@W..Corporation " → "w..corporation"; null when it cannot be a TikTok handle. */
export function normalizeHandle(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  const handle = raw.trim().replace(/^@/, '').toLowerCase();
  return HANDLE_RE.test(handle) ? handle : null;
}

export function handleFromPath(pathname: string): string | null {
  const m = HANDLE_IN_PATH.exec(pathname);
  if (!m) return null;
  try {
    return normalizeHandle(decodeURIComponent(m[1]!));
  } catch {
    return null;
  }
}

/**
 * A handle a person typed or pasted: "@GlowLab", "glowlab" or a profile (or video) link
 * "https://www.tiktok.com/@glowlab" → "glowlab"; null when it cannot be a TikTok username.
 */
export function handleFromInput(typed: string): string | null {
  const url = TIKTOK_LINK.test(typed) ? toUrl(/^https?:/i.test(typed) ? typed : `https://${typed}`) : null;
  const handle = url ? handleFromPath(url.pathname) : normalizeHandle(typed.replace(/^@+/, ''));
  return handle !== null && handle.length <= MAX_TYPED_HANDLE_LENGTH ? handle : null;
}

export function canonicalVideoUrl(handle: string, id: string, kind: PostKind = 'video'): string {
  return `https://www.tiktok.com/@${handle}/${kind}/${id}`;
}

/** Posting time (ms) from the id: its top 32 bits are the Unix time in seconds. */
export function postedAtFromId(id: string): number | null {
  if (!isVideoId(id)) return null;
  const seconds = Number(BigInt(id) >> 32n);
  return seconds >= MIN_POSTED_S && seconds <= MAX_POSTED_S ? seconds * 1000 : null;
}

/** Unix seconds (int or numeric string, as TikTok sends either) → ms, or null when implausible. */
export function unixSecondsToMs(value: unknown): number | null {
  const n = typeof value === 'string' && /^\d{1,12}$/.test(value) ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isSafeInteger(n)) return null;
  return n >= MIN_POSTED_S && n <= MAX_POSTED_S ? n * 1000 : null;
}
