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
}

export const COLUMNS: readonly Column[] = [
  { id: 'select', label: 'Select', width: '36px' },
  { id: 'score', label: 'Score', width: '76px', sortKey: 'score' },
  { id: 'handle', label: 'Creator', width: 'minmax(120px, 160px)' },
  { id: 'caption', label: 'Caption', width: 'minmax(160px, 1fr)' },
  { id: 'views', label: 'Views', width: '76px', sortKey: 'views', align: 'end' },
  { id: 'likes', label: 'Likes', width: '72px', sortKey: 'likes', align: 'end' },
  { id: 'engagement', label: 'Eng. %', width: '84px', sortKey: 'engagement', align: 'end' },
  { id: 'posted', label: 'Posted', width: '112px', sortKey: 'postedAt' },
  { id: 'shortlisted', label: 'Shortlisted', width: '112px', sortKey: 'shortlistedAt' },
  { id: 'status', label: 'Status', width: '148px' },
  { id: 'tags', label: 'Tags', width: 'minmax(100px, 180px)' },
];

export const GRID_TEMPLATE = COLUMNS.map((c) => c.width).join(' ');
/** Fixed row height: the virtualizer positions rows without measuring each one. */
export const ROW_HEIGHT = 40;
export const HEADER_HEIGHT = 36;
