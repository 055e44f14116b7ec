import type { VideoRecord } from '@/lib/schemas/video';
import { CAPTION_OPENING_WORDS, HOOK, HOOK_CONFIDENCE, HOOK_WINDOW_S, SRC } from '../constants';
import { clamp } from '../format';
import { CURIOSITY, DIRECT_ADDRESS, LOGO, NUMBER_OR_PROMISE, QUESTION_OPENERS, SLOW_BUILD } from '../signals';
import { prepare, type Matcher } from '../match';
import { captionWords, quote } from '../text';
import type { FactorOutcome } from '../types';

export interface Opening {
  text: string;
  source: 'ASR' | 'MT' | 'other' | 'caption';
  /** Why the transcript was not used, when it was not. */
  note: string | null;
}

/** What was said in the first 3 s (transcript cues starting before 3 s), else the caption's first words. */
export function openingOf(video: VideoRecord): Opening | null {
  const t = video.transcript;
  let note: string | null = null;
  if (t && t.cues.length > 0) {
    const early = t.cues
      .filter((c) => c.start < HOOK_WINDOW_S)
      .map((c) => c.text.trim())
      .filter(Boolean);
    if (early.length > 0) return { text: early.join(' '), source: t.source, note: null };
    note = `Nothing is said in the first ${HOOK_WINDOW_S} s (first words at ${t.cues[0]!.start.toFixed(1)} s).`;
  }
  const words = captionWords(video.caption);
  if (words.length === 0) return null;
  return { text: words.slice(0, CAPTION_OPENING_WORDS).join(' '), source: 'caption', note };
}

const SOURCE_LABEL = { ASR: 'speech transcript', MT: 'translated transcript', other: 'transcript', caption: 'caption' };

export function hookFactor(video: VideoRecord, brand: Matcher): FactorOutcome {
  const opening = openingOf(video);
  if (!opening) return { id: 'hook', missing: 'No transcript and no caption text to read the opening from.' };
  const { text } = opening;
  const where =
    opening.source === 'caption' ? "caption's opening words" : `${SOURCE_LABEL[opening.source]}, 0–${HOOK_WINDOW_S} s`;
  const reasons = [`Opening (${where}): ${quote(text)}.`];
  if (opening.note) reasons.push(opening.note);
  if (opening.source === 'caption')
    reasons.push('No transcript of the first seconds: judged from the caption, with low confidence.');
  let score: number = HOOK.base;
  let signals = 0;
  const firstWords = text.split(/\s+/, 2).join(' ');
  const signal = (ok: boolean, points: number, what: string) => {
    if (!ok) return;
    score += points;
    signals++;
    reasons.push(`${what} (${points > 0 ? '+' : ''}${points}).`);
  };
  signal(text.includes('?') || QUESTION_OPENERS.test(firstWords), HOOK.question, 'Opens with a question');
  // Prepared once for the six matchers below.
  const words = prepare(text);
  signal(DIRECT_ADDRESS.test(words), HOOK.address, 'Speaks to the viewer directly');
  const gap = CURIOSITY.find(words);
  signal(gap.length > 0, HOOK.curiosity, `Pattern interrupt or curiosity gap (“${gap[0]}”)`);
  signal(NUMBER_OR_PROMISE.test(words), HOOK.number, 'A number or a concrete promise');
  const slow = SLOW_BUILD.find(words);
  signal(slow.length > 0, HOOK.slowBuild, `Slow build (“${slow[0]}”) where the first 3 s decide (${SRC.brief})`);
  const brandHits = [...brand.find(words), ...LOGO.find(words)];
  signal(
    brandHits.length > 0,
    HOOK.brand,
    `Brand or logo in the opening (“${brandHits[0]}”): over-branded openings trigger ad avoidance (${SRC.brief})`,
  );
  // By the signals found, not the score: "Hey guys, what do you think?" adds and subtracts back to the base.
  if (signals === 0) reasons.push('No question, direct address, curiosity gap or number: a neutral start.');
  reasons.push(
    `The first ${HOOK_WINDOW_S} seconds decide: open with a curiosity gap or direct address, not a slow build or a logo (${SRC.brief}).`,
  );
  return { id: 'hook', score: clamp(score), confidence: HOOK_CONFIDENCE[opening.source], reasons };
}
