import { formatCompact, formatExact } from '@/components/shared/format';

// UTC would show a video posted late in the evening as the next day; people read dates in their own zone.
const dateFmt = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', year: 'numeric' });
const dateTimeFmt = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' });

/** "Mar 4, 2026"; "—" when unknown. */
export const formatDate = (ms: number | null): string => (ms === null ? '—' : dateFmt.format(ms));
export const formatDateTime = (ms: number): string => dateTimeFmt.format(ms);

/** "1.6M", or "≈1.6M" when the numbers behind the row were not all exact; "—" when unknown. */
export function formatCount(n: number | null, exact = true): string {
  if (n === null) return '—';
  return `${exact ? '' : '≈'}${formatCompact(n)}`;
}

/** The full number for a tooltip: "1,585,253" or "about 1,600,000 (not exact)". */
export function countTitle(n: number | null, exact = true): string | undefined {
  if (n === null) return 'Not available';
  return exact ? formatExact(n) : `about ${formatExact(n)} (not exact)`;
}

/** "4.2%", "0.35%"; "—" without views. */
export function formatRate(pct: number | null): string {
  if (pct === null) return '—';
  return `${pct.toFixed(pct < 1 ? 2 : 1)}%`;
}

/** "1 video", "3 videos". */
export const plural = (n: number, one: string, many = `${one}s`): string => `${formatExact(n)} ${n === 1 ? one : many}`;

/** Caption cut for the table; the full text is one click away in the detail panel. */
export function truncate(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/** (likes + comments + shares + saves) ÷ views × 100, for a video scored before it had this rate; null without views. */
export function engagementFromCounts(
  stats: Record<'views' | 'likes' | 'comments' | 'shares' | 'saves', { value: number } | null>,
): number | null {
  const views = stats.views?.value;
  if (!views) return null;
  const sum = (['likes', 'comments', 'shares', 'saves'] as const).reduce((n, k) => n + (stats[k]?.value ?? 0), 0);
  return (sum / views) * 100;
}
