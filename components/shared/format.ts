import type { Stat, StatSource } from '@/lib/schemas/video';

// en-US throughout: the UI copy is English, and one grouping style keeps exports and screenshots comparable.
const exactFmt = new Intl.NumberFormat('en-US');
const compactFmt = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });

/** 1585253 → "1,585,253". */
export const formatExact = (n: number): string => exactFmt.format(n);

/** 1585253 → "1.6M", the way TikTok prints counts. */
export const formatCompact = (n: number): string => compactFmt.format(n);

/** 0.4 → "40%"; 0.125 → "13%". */
export const formatShare = (fraction: number): string => `${Math.round(fraction * 100)}%`;

/** Why a count is not exact, in the words the card shows next to it. */
const APPROX_NOTE: Record<StatSource, string> = {
  dom: 'from page text',
  stats: 'rounded by TikTok',
  import: 'imported',
  // statsV2 repeats TikTok's display value for large counts ("317100"): a rounded figure in full digits.
  statsV2: 'rounded by TikTok',
};

export interface StatText {
  value: string;
  /** "exact", or the reason it is approximate ("from page text"). */
  mark: string;
  exact: boolean;
}

/** `{value:"1,585,253", mark:"exact"}` or `{value:"≈1.1M", mark:"from page text"}`; null stays unknown. */
export function statText(stat: Stat | null): StatText | null {
  if (stat === null) return null;
  return stat.exact
    ? { value: formatExact(stat.value), mark: 'exact', exact: true }
    : {
        // Page text was already abbreviated ("1.1M"): keep its precision. JSON counts keep every digit TikTok gave.
        value: `≈${stat.source === 'dom' ? formatCompact(stat.value) : formatExact(stat.value)}`,
        mark: APPROX_NOTE[stat.source],
        exact: false,
      };
}

/** Seconds with one decimal, for transcript time ranges ("2.8"). */
export const formatSeconds = (s: number): string => (Math.round(s * 10) / 10).toFixed(1);
