/**
 * Tolerant readers for TikTok JSON. The same field is a string in the SSR blob and an int in API JSON
 * (`createTime`, `stats.collectCount`, `video.size`, `UrlExpire`), and anything may be missing or hostile.
 */
import { MAX_COUNT } from './counts';
import { isVideoId } from './urls';

export type Obj = Record<string, unknown>;

export function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function obj(v: unknown): Obj {
  return isObj(v) ? v : {};
}

export function arr(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

// C0/C1 control characters other than tab and newline have no business in a caption and can upset CSV export.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
// eslint-disable-next-line no-control-regex -- same set, test only
const HAS_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

/** A string, control characters removed, capped at `max` characters; null when not a string. */
export function str(v: unknown, max = 500): string | null {
  if (typeof v !== 'string') return null;
  const clean = HAS_CONTROL.test(v) ? v.replace(CONTROL, '') : v;
  return clean.length > max ? clean.slice(0, max) : clean;
}

/** Non-empty string or null. */
export function text(v: unknown, max = 500): string | null {
  const s = str(v, max)?.trim();
  return s ? s : null;
}

export function bool(v: unknown): boolean | null {
  return typeof v === 'boolean' ? v : null;
}

/** A count: a non-negative safe integer up to MAX_COUNT, from a number or a digit string. Absurd values → null. */
export function count(v: unknown): number | null {
  const n = typeof v === 'string' && /^\d{1,14}$/.test(v) ? Number(v) : v;
  if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 0 || n > MAX_COUNT) return null;
  return n;
}

/** Any small integer (flags like `itemCommentStatus`, `brandOrganicType`), from a number or digit string. */
export function int(v: unknown): number | null {
  const n = typeof v === 'string' && /^-?\d{1,9}$/.test(v) ? Number(v) : v;
  return typeof n === 'number' && Number.isSafeInteger(n) ? n : null;
}

/** A TikTok id as a decimal string. A JS number id is accepted only while it is still exact (≤ 2^53). */
export function idStr(v: unknown): string | null {
  if (typeof v === 'number') return Number.isSafeInteger(v) && v > 0 ? String(v) : null;
  return isVideoId(v) ? v : null;
}

// Scheme and host shape only: cheap enough for every caption URL of every feed item. Whoever fetches the URL
// checks it properly (lib/tiktok/caption-fetch.ts).
const HTTP_URL = /^https?:\/\/[a-z0-9.-]+(?::\d{1,5})?(?:[/?#][^\s]*)?$/i;

export function httpUrl(v: unknown): string | null {
  return typeof v === 'string' && v.length <= 4096 && HTTP_URL.test(v) ? v : null;
}
