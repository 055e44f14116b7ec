import type { VideoRecord } from '@/lib/schemas/video';

/** The hook window: what is said in the first 3 seconds (TikTok creative guidance, see SCORING-SOURCES.md). */
export const HOOK_WINDOW_SEC = 3;
const MAX_CHARS = 160;

export type HookText =
  | { kind: 'transcript'; start: number; end: number; text: string; language: string }
  | { kind: 'caption'; text: string }
  | null;

/** Cuts at a word boundary so a snippet never ends mid-word. */
function opening(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= MAX_CHARS) return flat;
  const cut = flat.slice(0, MAX_CHARS);
  const space = cut.lastIndexOf(' ');
  return `${(space > MAX_CHARS / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** A cue belongs to the hook when it is mostly inside the window; one that only starts at 2.8 s does not. */
const mostlyInside = (c: { start: number; end: number }) =>
  Math.min(c.end, HOOK_WINDOW_SEC) - c.start >= (c.end - c.start) / 2;

/**
 * Transcript cues of the hook window (the first cue always, if it starts inside the window, however long it runs);
 * else the caption's opening, marked as caption.
 */
export function hookText(video: Pick<VideoRecord, 'transcript' | 'caption'>): HookText {
  const cues = (video.transcript?.cues ?? [])
    .filter((c) => c.start < HOOK_WINDOW_SEC && c.text.trim() !== '')
    .sort((a, b) => a.start - b.start)
    .filter((c, i) => i === 0 || mostlyInside(c));
  const first = cues[0];
  if (first && video.transcript) {
    return {
      kind: 'transcript',
      start: first.start,
      end: Math.max(...cues.map((c) => c.end)),
      text: opening(cues.map((c) => c.text).join(' ')),
      language: video.transcript.language,
    };
  }
  const caption = opening(video.caption);
  return caption === '' ? null : { kind: 'caption', text: caption };
}
