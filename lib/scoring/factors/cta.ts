import type { Objective } from '@/lib/schemas/score';
import type { VideoRecord } from '@/lib/schemas/video';
import { CTA_SCORES, SRC } from '../constants';
import { HARD_CTA, SOFT_CTA } from '../signals';
import { preparedCreatorText } from '../text';
import type { FactorOutcome } from '../types';

const FIT: Record<Objective, Record<'none' | 'soft' | 'hard', string>> = {
  awareness: {
    none: 'No ask: fine for awareness, where the video should simply be watched',
    soft: 'A soft ask (follow, save, share) suits awareness',
    hard: 'A hard sell on an awareness objective: Spark Ads serve awareness and consideration; offers belong in standard In-Feed',
  },
  consideration: {
    none: 'No ask: consideration works better with a light nudge (save, follow, comment)',
    soft: 'A soft ask (save, follow, comment) suits consideration',
    hard: 'A hard sell works for consideration but can read as an ad',
  },
  conversion: {
    none: 'No clear ask: conversion wants one (link, code, "shop now")',
    soft: 'Only a soft ask: conversion wants a clear one (link, code, "shop now")',
    hard: 'A clear ask fits a conversion objective',
  },
};

const MATCH_OBJECTIVE = `; the call to action should match the objective (${SRC.brief}).`;
/** The reason when no ask is found names no evidence: one sentence per objective, written once. */
const NO_ASK = Object.fromEntries(
  Object.entries(FIT).map(([objective, fit]) => [objective, `${fit.none}${MATCH_OBJECTIVE}`]),
) as Record<Objective, string>;

export function ctaFactor(video: VideoRecord, objective: Objective, text = preparedCreatorText(video)): FactorOutcome {
  if (text.words.length === 0) return { id: 'cta', missing: 'No caption or transcript to find a call to action in.' };
  const hard = HARD_CTA.find(text);
  const soft = SOFT_CTA.find(text);
  const kind = hard.length > 0 ? 'hard' : soft.length > 0 ? 'soft' : 'none';
  const reasons = [
    kind === 'none'
      ? NO_ASK[objective]
      : `${FIT[objective][kind]} (“${(kind === 'hard' ? hard : soft)[0]}”)${MATCH_OBJECTIVE}`,
  ];
  if (!video.transcript) reasons.push('Only the caption was read: an on-screen or spoken ask may be missed.');
  return { id: 'cta', score: CTA_SCORES[objective][kind], confidence: video.transcript ? 0.8 : 0.6, reasons };
}
