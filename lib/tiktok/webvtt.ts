/**
 * WebVTT (TikTok's caption format) and SRT parsing into timed cues, and the hook: what is said in the first
 * seconds. Tolerant: a truncated or odd file yields the cues that could be read, garbage yields []. Never throws.
 */
import type { Cue } from '@/lib/schemas/video';

const MAX_INPUT = 2 * 1024 * 1024;
const MAX_CUES = 5000;
const MAX_CUE_TEXT = 1000;
// (hh:)mm:ss.mmm in WebVTT, hh:mm:ss,mmm in SRT.
const TIMING = /^\s*((?:\d{1,3}:)?\d{1,2}:\d{1,2}[.,]\d{1,3})\s*-->\s*((?:\d{1,3}:)?\d{1,2}:\d{1,2}[.,]\d{1,3})/;
const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  nbsp: ' ',
  lrm: '',
  rlm: '',
  quot: '"',
  apos: "'",
};

function seconds(stamp: string): number {
  const [hms, frac = '0'] = stamp.split(/[.,]/);
  const parts = hms!.split(':').map(Number);
  const [h, m, s] = parts.length === 3 ? parts : [0, ...parts];
  // Whole milliseconds first, so 00:00:01.640 is 1.64 and not 1.6400000000000001.
  return ((h! * 3600 + m! * 60 + s!) * 1000 + Number(frac.padEnd(3, '0'))) / 1000;
}

function cleanText(lines: string[]): string {
  const joined = lines
    .join(' ')
    .replace(/<[^>]{0,200}>/g, '') // <c.color>, <i>, <00:00:01.000> timestamps, <v Speaker>
    .replace(/&(amp|lt|gt|nbsp|lrm|rlm|quot|apos);/g, (_, e: string) => ENTITIES[e]!)
    .replace(/\s+/g, ' ')
    .trim();
  return joined.slice(0, MAX_CUE_TEXT);
}

/** Parses WebVTT or SRT text (the timing line decides, so both work through one parser). */
export function parseCaptions(input: unknown): Cue[] {
  if (typeof input !== 'string') return [];
  const lines = input
    .slice(0, MAX_INPUT)
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/);
  const cues: Cue[] = [];
  for (let i = 0; i < lines.length && cues.length < MAX_CUES; i++) {
    const m = TIMING.exec(lines[i]!);
    if (!m) continue;
    const start = seconds(m[1]!);
    const end = seconds(m[2]!);
    const payload: string[] = [];
    while (i + 1 < lines.length && lines[i + 1]!.trim() !== '' && !TIMING.test(lines[i + 1]!))
      payload.push(lines[++i]!);
    const text = cleanText(payload);
    if (text && Number.isFinite(start) && Number.isFinite(end) && start >= 0 && end >= start) {
      cues.push({ start, end, text });
    }
  }
  return cues;
}

export const parseWebVtt = parseCaptions;
export const parseSrt = parseCaptions;

/** Text heard in the first `seconds` (a cue counts if it starts before the mark). */
export function hookText(cues: readonly Cue[], seconds = 3): string {
  return cues
    .filter((c) => c.start < seconds)
    .map((c) => c.text)
    .join(' ')
    .trim();
}

export function transcriptText(cues: readonly Cue[]): string {
  return cues.map((c) => c.text).join(' ');
}
