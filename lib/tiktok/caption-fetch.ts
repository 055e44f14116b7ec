/**
 * Which caption track to fetch for the hook, and whether its URL may be fetched at all. Captions are fetched from
 * the content script soon after capture (the signed URLs expire in about two days); a URL that came from page data
 * is only trusted on TikTok's caption CDNs or the page's own origin.
 */
import type { CaptionTrack } from '@/lib/schemas/video';

const CAPTION_HOSTS =
  /(^|\.)(tiktok\.com|tiktokcdn\.com|tiktokcdn-us\.com|tiktokcdn-eu\.com|tiktokv\.com|tiktokv\.us|tiktokv\.eu|byteoversea\.com|ibytedtos\.com)$/;
const READABLE = new Set(['webvtt', 'vtt', 'srt']);

export function isTrustedCaptionUrl(url: string, pageOrigin?: string): boolean {
  try {
    const u = new URL(url);
    if (pageOrigin && u.origin === pageOrigin) return true;
    return u.protocol === 'https:' && CAPTION_HOSTS.test(u.hostname);
  } catch {
    return false;
  }
}

/** ASR (the spoken words) first, then creator captions, then machine translations; readable, unexpired, trusted. */
export function pickCaptionTrack(
  tracks: readonly CaptionTrack[],
  now: number,
  pageOrigin?: string,
): CaptionTrack | null {
  const usable = tracks.filter(
    (t) =>
      READABLE.has(t.format) && (t.expiresAt === null || t.expiresAt > now) && isTrustedCaptionUrl(t.url, pageOrigin),
  );
  const rank = { ASR: 0, other: 1, MT: 2 } as const;
  return usable.sort((a, b) => rank[a.source] - rank[b.source])[0] ?? null;
}
