import { FACTORS, type FactorId } from '@/lib/schemas/score';
import type { Weights } from '@/lib/schemas/settings';

/**
 * Each factor's share of its column's weight, as shown beside it: "25%", "12.5%". Tenths of a percent are handed
 * out by largest remainder, so a column adds up to exactly 100% (rounding each share alone showed 101% or 102%: four
 * weights of 1 and one of 4 are 12.5% each, and all five rounded up). Tenths rather than whole percents, so equal
 * weights show equal shares unless 100 cannot be split evenly (three equal weights: 33.4%, 33.3%, 33.3%).
 * "—" for a box that is not a number yet (the others share without it), and for all of them when the sum is 0.
 */
export function sharesOf(w: Weights): Record<FactorId, string> {
  const counted = FACTORS.filter((f) => Number.isFinite(w[f]));
  const sum = counted.reduce((n, f) => n + w[f], 0);
  const tenths = new Map<FactorId, number>();
  if (sum > 0) {
    const exact = counted.map((f) => ({ f, tenths: (w[f] * 1000) / sum }));
    for (const { f, tenths: t } of exact) tenths.set(f, Math.floor(t));
    const left = 1000 - [...tenths.values()].reduce((a, b) => a + b, 0);
    // The largest remainders get the tenths left over; a tie goes to the factor listed first (the sort is stable).
    const byRemainder = [...exact].sort((a, b) => (b.tenths % 1) - (a.tenths % 1));
    for (const { f } of byRemainder.slice(0, left)) tenths.set(f, tenths.get(f)! + 1);
  }
  return Object.fromEntries(FACTORS.map((f) => [f, tenths.has(f) ? `${tenths.get(f)! / 10}%` : '—'])) as Record<
    FactorId,
    string
  >;
}
