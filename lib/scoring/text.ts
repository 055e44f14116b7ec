/** The texts of a video the factors read (caption, hashtags, transcript), and sentence helpers for reasons. */
import type { VideoRecord } from '@/lib/schemas/video';
import { matcher, prepare, type Matcher, type Prepared } from './match';

/** Caption plus any hashtag not already written in it. */
export function captionText(video: VideoRecord): string {
  const lower = video.caption.toLowerCase();
  const extra = video.hashtags.filter((h) => !lower.includes(`#${h.toLowerCase()}`)).map((h) => `#${h}`);
  return extra.length > 0 ? `${video.caption} ${extra.join(' ')}` : video.caption;
}

export function transcriptText(video: VideoRecord): string {
  return video.transcript ? video.transcript.cues.map((c) => c.text).join(' ') : '';
}

/** Everything the creator wrote or said: caption, hashtags, transcript. */
export function creatorText(video: VideoRecord): string {
  const t = transcriptText(video);
  return t ? `${captionText(video)}\n${t}` : captionText(video);
}

/** `creatorText`, prepared for matching (score() prepares it once and hands it to every factor). */
export const preparedCreatorText = (video: VideoRecord): Prepared => prepare(creatorText(video));

/** The caption without hashtags and mentions (what reads as the opening line). */
export function captionWords(caption: string): string[] {
  return caption
    .replace(/[#@][\p{L}\p{N}_.]+/gu, ' ')
    .split(/\s+/)
    .filter((w) => w.length > 0);
}

/** A run of whitespace or a whitespace other than a space: what `quote` turns into one space. */
const UNEVEN_SPACE = /\s\s|[^\S ]/;

/** A short quotation for a reason sentence. */
export function quote(text: string, max = 80): string {
  // Most texts are already evenly spaced: replacing each space by itself would copy them for nothing.
  const t = (UNEVEN_SPACE.test(text) ? text.replace(/\s+/g, ' ') : text).trim();
  return `“${t.length > max ? `${t.slice(0, max - 1).trimEnd()}…` : t}”`;
}

const brandCache = new Map<string, Matcher>();

/** Brand terms as a matcher (user input: blank and one-letter terms are skipped). Memoised per term list. */
export function brandMatcher(terms: readonly string[]): Matcher {
  const clean = terms.map((t) => t.trim()).filter((t) => t.length >= 2);
  const key = clean.join('\u0000');
  let m = brandCache.get(key);
  if (!m) {
    if (brandCache.size > 20) brandCache.clear();
    m = matcher(clean);
    brandCache.set(key, m);
  }
  return m;
}
