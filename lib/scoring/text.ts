/**
 * Keyword matching for captions, transcripts and comments: case-insensitive, Unicode word boundaries (so "ad" never
 * matches "add" or "head", and "gin" not "engine"), words of a phrase joined by any spacing, "-" or "_" or nothing
 * (so "black friday" also finds #BlackFriday), plurals in "s"/"es". Patterns are compiled once, at import.
 */
import type { VideoRecord } from '@/lib/schemas/video';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A term as regex source: plain words, or `/…/` for a raw pattern (e.g. "/\\d{1,3}\\s?% off/"). */
function termSource(term: string): string {
  if (term.length > 2 && term.startsWith('/') && term.endsWith('/')) return term.slice(1, -1);
  const words = term.trim().split(/\s+/).map(escape).join("[\\s_\\-'’]*");
  return /\p{L}$/u.test(term) && !/s$/i.test(term) ? `${words}(?:e?s)?` : words;
}

export interface Matcher {
  /** Distinct matches, lowercased, in order of appearance. */
  find(text: string): string[];
  test(text: string): boolean;
}

export function matcher(terms: readonly string[]): Matcher {
  if (terms.length === 0) return { find: () => [], test: () => false };
  const source = `(?<![\\p{L}\\p{N}])(?:${terms.map(termSource).join('|')})(?![\\p{L}\\p{N}])`;
  const global = new RegExp(source, 'giu');
  const once = new RegExp(source, 'iu');
  return {
    find(text) {
      const out: string[] = [];
      for (const m of text.matchAll(global)) {
        const hit = m[0].toLowerCase().replace(/’/g, "'");
        if (!out.includes(hit)) out.push(hit);
      }
      return out;
    },
    test: (text) => once.test(text),
  };
}

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

/** The caption without hashtags and mentions (what reads as the opening line). */
export function captionWords(caption: string): string[] {
  return caption
    .replace(/[#@][\p{L}\p{N}_.]+/gu, ' ')
    .split(/\s+/)
    .filter((w) => w.length > 0);
}

/** A short quotation for a reason sentence. */
export function quote(text: string, max = 80): string {
  const t = text.replace(/\s+/g, ' ').trim();
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
