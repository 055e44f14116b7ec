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

/** A signal's reason: what was found, then its points ("Speaks to the viewer directly (+10)."). */
const signalReason = (what: string, points: number) => `${what} (${points > 0 ? '+' : ''}${points}).`;

// The reasons that name no evidence read the same for every video: written once, not per video scored.
const OPENS_WITH_QUESTION = signalReason('Opens with a question', HOOK.question);
const ADDRESSES_VIEWER = signalReason('Speaks to the viewer directly', HOOK.address);
const NUMBER_OR_PROMISE_REASON = signalReason('A number or a concrete promise', HOOK.number);
const CLOSING = `The first ${HOOK_WINDOW_S} seconds decide: open with a curiosity gap or direct address, not a slow build or a logo (${SRC.brief}).`;

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
  const signal = (points: number, reason: string) => {
    score += points;
    signals++;
    reasons.push(reason);
  };
  /** A signal whose reason quotes what was found, so it is written for this video. */
  const found = (points: number, what: string) => signal(points, signalReason(what, points));
  if (text.includes('?') || QUESTION_OPENERS.test(firstWords)) signal(HOOK.question, OPENS_WITH_QUESTION);
  // Prepared once for the six matchers below.
  const words = prepare(text);
  if (DIRECT_ADDRESS.test(words)) signal(HOOK.address, ADDRESSES_VIEWER);
  const gap = CURIOSITY.find(words);
  if (gap.length > 0) found(HOOK.curiosity, `Pattern interrupt or curiosity gap (“${gap[0]}”)`);
  if (NUMBER_OR_PROMISE.test(words)) signal(HOOK.number, NUMBER_OR_PROMISE_REASON);
  const slow = SLOW_BUILD.find(words);
  if (slow.length > 0) {
    found(HOOK.slowBuild, `Slow build (“${slow[0]}”) where the first ${HOOK_WINDOW_S} s decide (${SRC.brief})`);
  }
  const brandHits = [...brand.find(words), ...LOGO.find(words)];
  if (brandHits.length > 0) {
    found(
      HOOK.brand,
      `Brand or logo in the opening (“${brandHits[0]}”): over-branded openings trigger ad avoidance (${SRC.brief})`,
    );
  }
  // By the signals found, not the score: "Hey guys, what do you think?" adds and subtracts back to the base.
  if (signals === 0) reasons.push('No question, direct address, curiosity gap or number: a neutral start.');
  reasons.push(CLOSING);
  return { id: 'hook', score: clamp(score), confidence: HOOK_CONFIDENCE[opening.source], reasons };
}
