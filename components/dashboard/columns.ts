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
  sortKey?: SortKey;
  align?: 'end';
  /**
   * Shown only when the table has the window's width: hidden while the detail panel is open (the panel shows the
   * same facts), so Status stays in view without scrolling sideways.
   */
  wide?: true;
}

export const COLUMNS: readonly Column[] = [
  { id: 'select', label: 'Select', width: '36px' },
  { id: 'score', label: 'Score', width: '76px', sortKey: 'score' },
  { id: 'handle', label: 'Creator', width: 'minmax(120px, 160px)' },
  { id: 'caption', label: 'Caption', width: 'minmax(160px, 1fr)' },
  { id: 'views', label: 'Views', width: '76px', sortKey: 'views', align: 'end' },
  { id: 'likes', label: 'Likes', width: '72px', sortKey: 'likes', align: 'end', wide: true },
  { id: 'engagement', label: 'Eng. %', width: '84px', sortKey: 'engagement', align: 'end' },
  { id: 'posted', label: 'Posted', width: '112px', sortKey: 'postedAt' },
  { id: 'shortlisted', label: 'Shortlisted', width: '112px', sortKey: 'shortlistedAt', wide: true },
  { id: 'status', label: 'Status', width: '148px' },
  { id: 'tags', label: 'Tags', width: 'minmax(100px, 180px)', wide: true },
];

const template = (cols: readonly Column[]) => cols.map((c) => c.width).join(' ');
/** The grid of every column, and of the columns kept while the detail panel is open. */
export const GRID_TEMPLATE = template(COLUMNS);
export const GRID_TEMPLATE_COMPACT = template(COLUMNS.filter((c) => !c.wide));
/**
 * The row grid as a CSS variable the dashboard sets (dashboard.css), so opening the panel changes one style on the
 * shell instead of re-rendering every row; cells of `wide` columns carry `ss-cell--wide` and are hidden with it.
 */
export const GRID_VAR = 'var(--ss-grid)';
/** Fixed row height: the virtualizer positions rows without measuring each one. */
export const ROW_HEIGHT = 40;
export const HEADER_HEIGHT = 36;
