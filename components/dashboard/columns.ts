import type { SortKey } from '@/lib/state/dashboard-sort-slice';

/** A table column: its header, width in the CSS grid, and the sort it drives (if any). */
export interface Column {
  id:
    | 'select'
    | 'score'
    | 'handle'
    | 'caption'
    | 'views'
    | 'likes'
    | 'engagement'
    | 'posted'
    | 'shortlisted'
    | 'status'
    | 'tags';
  label: string;
  width: string;
  /** A narrower track for the tight grid, when the column can give up room there. */
  tightWidth?: string;
  sortKey?: SortKey;
  align?: 'end';
  /**
   * Where the column steps aside so Status stays in view without scrolling sideways: 'compact' when the detail panel
   * is open (it shows the same facts) or the window is under ~1,180 px; 'tight' in windows of half a laptop screen
   * (~900 px) and beside the panel in windows under ~1,270 px (video-table.tsx's densityFor).
   */
  hideFrom?: Exclude<Density, 'full'>;
}

/** How many columns the table can afford: the full grid, without what the panel repeats, or fewer still. */
export type Density = 'full' | 'compact' | 'tight';

export const COLUMNS: readonly Column[] = [
  { id: 'select', label: 'Select', width: '36px' },
  { id: 'score', label: 'Score', width: '76px', sortKey: 'score' },
  { id: 'handle', label: 'Creator', width: 'minmax(120px, 160px)' },
  { id: 'caption', label: 'Caption', width: 'minmax(160px, 1fr)', tightWidth: 'minmax(96px, 1fr)' },
  { id: 'views', label: 'Views', width: '76px', sortKey: 'views', align: 'end' },
  { id: 'likes', label: 'Likes', width: '72px', sortKey: 'likes', align: 'end', hideFrom: 'compact' },
  { id: 'engagement', label: 'Eng. %', width: '84px', sortKey: 'engagement', align: 'end' },
  { id: 'posted', label: 'Posted', width: '112px', sortKey: 'postedAt', hideFrom: 'tight' },
  { id: 'shortlisted', label: 'Shortlisted', width: '112px', sortKey: 'shortlistedAt', hideFrom: 'compact' },
  { id: 'status', label: 'Status', width: '148px' },
  { id: 'tags', label: 'Tags', width: 'minmax(100px, 180px)', hideFrom: 'compact' },
];

const shownIn = (c: Column, d: Density) =>
  d === 'full' || c.hideFrom === undefined || (d === 'compact' && c.hideFrom === 'tight');
const template = (d: Density) =>
  COLUMNS.filter((c) => shownIn(c, d))
    .map((c) => (d === 'tight' ? (c.tightWidth ?? c.width) : c.width))
    .join(' ');
/** The grid tracks of the columns each density keeps. */
export const GRID_TEMPLATES: Record<Density, string> = {
  full: template('full'),
  compact: template('compact'),
  tight: template('tight'),
};
const BY_ID = new Map(COLUMNS.map((c) => [c.id, c]));
/** The class that hides a column's cells where it steps aside (dashboard.css), '' for a column always shown. */
export function hideClass(id: Column['id']): string {
  const from = BY_ID.get(id)?.hideFrom;
  return from ? ` ss-cell--hide-${from}` : '';
}
/**
 * The row grid as a CSS variable the dashboard sets (dashboard.css), so opening the panel changes one style on the
 * shell instead of re-rendering every row; cells of the columns a density drops are hidden by their hideClass.
 */
export const GRID_VAR = 'var(--ss-grid)';
/** Fixed row height: the virtualizer positions rows without measuring each one. */
export const ROW_HEIGHT = 40;
export const HEADER_HEIGHT = 36;
