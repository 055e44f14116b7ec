import type { Band, FactorId, FactorResult } from '@/lib/schemas/score';
import type { Weights } from '@/lib/schemas/settings';
import { BAND_MAYBE_MIN, BAND_STRONG_MIN } from './constants';
import { flat } from './format';
import type { FactorOutcome } from './types';

export interface Combined {
  total: number;
  confidence: number;
  factors: FactorResult[];
  missing: Array<{ id: FactorId; reason: string }>;
}

const UNWEIGHTED_NOTE =
  'Weighted 0 in your settings: counted at an equal share only because no factor you weight had data.';

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

/**
 * Weighted mean over the factors that had data, with the weights renormalised to sum to 1 over them. Confidence is
 * each present factor's confidence times its share of *all* the weight, so every missing factor lowers it.
 * All-zero weights fall back to equal weights rather than dividing by zero. So do weights whose every weighted factor
 * is missing (only comments weighted, no comments captured): the factors the user weighted 0 are then all there is,
 * each says so in its first reason, and the confidence is 0.
 */
export function combine(outcomes: readonly FactorOutcome[], weights: Weights): Combined {
  // Every factor is passed in, present or missing, so this is the weight of all of them.
  const allW = outcomes.reduce((s, o) => s + weights[o.id], 0);
  const w = (id: FactorId) => (allW > 0 ? weights[id] : 1);
  const present = outcomes.filter((o): o is Extract<FactorOutcome, { score: number }> => 'score' in o);
  const missing = outcomes.filter((o): o is Extract<FactorOutcome, { missing: string }> => 'missing' in o);
  const presentW = present.reduce((s, o) => s + w(o.id), 0);
  const share = (id: FactorId) => (presentW > 0 ? w(id) / presentW : 1 / present.length);
  const unweighted = allW > 0 && presentW === 0;
  const factors: FactorResult[] = present.map((o) => ({
    id: o.id,
    score: Math.round(Math.min(100, Math.max(0, o.score))),
    weight: share(o.id),
    confidence: round(Math.min(1, Math.max(0, o.confidence)), 2),
    reasons: unweighted ? [UNWEIGHTED_NOTE, ...o.reasons.map(flat)] : o.reasons.map(flat),
  }));
  const total = factors.reduce((s, f) => s + f.weight * f.score, 0);
  const denom = allW > 0 ? allW : outcomes.length;
  const confidence = present.reduce((s, o) => s + w(o.id) * Math.min(1, Math.max(0, o.confidence)), 0) / denom;
  return {
    total: factors.length > 0 ? Math.round(Math.min(100, Math.max(0, total))) : 0,
    confidence: round(Math.min(1, confidence), 2),
    factors,
    missing: missing.map((o) => ({ id: o.id, reason: o.missing })),
  };
}

export function bandOf(total: number, ineligible: boolean): Band {
  if (ineligible) return 'ineligible';
  return total >= BAND_STRONG_MIN ? 'strong' : total >= BAND_MAYBE_MIN ? 'maybe' : 'weak';
}
