/**
 * Caption tracks from `video.subtitleInfos` (PascalCase; numbers are strings in SSR 2026, ints in API 2025) and the
 * richer `video.claInfo.captionInfos`. Both usually list the same URLs; duplicates are dropped. Tracks whose URL is
 * not a URL (sample 05 elides it as "...") are skipped.
 */
import type { CaptionTrack } from '@/lib/schemas/video';
import { arr, httpUrl, int, obj, text } from './coerce';
import { unixSecondsToMs } from './urls';

const MAX_TRACKS = 20;

function sourceOf(raw: unknown): CaptionTrack['source'] {
  return raw === 'ASR' || raw === 'MT' ? raw : 'other';
}

function fromSubtitleInfo(info: Record<string, unknown>): CaptionTrack | null {
  const url = httpUrl(info.Url);
  const language = text(info.LanguageCodeName, 40);
  if (!url || !language) return null;
  return {
    language,
    source: sourceOf(info.Source),
    url,
    format: (text(info.Format, 40) ?? 'webvtt').toLowerCase(),
    expiresAt: unixSecondsToMs(info.UrlExpire),
  };
}

/** claInfo: auto-generated + original = ASR; auto-generated translation = MT; otherwise creator captions. */
function fromCaptionInfo(info: Record<string, unknown>): CaptionTrack | null {
  const url = httpUrl(info.url) ?? httpUrl(arr(info.urlList)[0]);
  const language = text(info.language, 40) ?? text(info.languageCode, 40);
  if (!url || !language) return null;
  const auto = info.isAutoGen === true;
  const source = auto && info.isOriginalCaption === true ? 'ASR' : auto ? 'MT' : 'other';
  return {
    language,
    source,
    url,
    format: (text(info.captionFormat, 40) ?? 'webvtt').toLowerCase(),
    expiresAt: unixSecondsToMs(int(info.expire) ?? info.expire),
  };
}

export function captionTracksOf(video: Record<string, unknown>): CaptionTrack[] {
  const tracks = [
    ...arr(video.subtitleInfos).map((i) => fromSubtitleInfo(obj(i))),
    ...arr(obj(video.claInfo).captionInfos).map((i) => fromCaptionInfo(obj(i))),
  ];
  const seen = new Set<string>();
  const out: CaptionTrack[] = [];
  for (const t of tracks) {
    if (!t || seen.has(t.url)) continue;
    seen.add(t.url);
    out.push(t);
    if (out.length >= MAX_TRACKS) break;
  }
  return out;
}
