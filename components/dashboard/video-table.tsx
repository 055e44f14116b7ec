import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, useSyncExternalStore, type CSSProperties, type RefObject } from 'react';
import type { ShortlistStatus } from '@/lib/schemas/shortlist';
import type { RowSort, SortKey } from '@/lib/state/dashboard-sort-slice';
import type { BadRow, VideoRow } from '@/components/shared/row-types';
import { GRID_TEMPLATES, HEADER_HEIGHT, ROW_HEIGHT, type Density } from './columns';
import { TableHeader } from './table-header';
import { BadTableRow, TableRow } from './table-row';

export interface VideoTableProps {
  rows: readonly VideoRow[];
  /** Unreadable records, listed first whatever the filter: they are what needs fixing. */
  bad: readonly BadRow[];
  sort: RowSort;
  onSort: (key: SortKey) => void;
  selected: ReadonlySet<string>;
  onToggle: (id: string, range: boolean) => void;
  onSelectAll: (select: boolean) => void;
  onOpen: (id: string) => void;
  onStatusChange: (id: string, status: ShortlistStatus) => void;
  onDeleteBad: (id: string) => void;
  /** The video whose detail panel is open. */
  activeId: string | null;
  /** Shown instead of rows when none match. */
  empty: string;
  /** The table's focusable box, for the parts of the page that send focus back to it. */
  tableRef?: RefObject<HTMLDivElement | null>;
}

/** Rows rendered beyond the visible ones on each side, so fast scrolling shows no gaps. */
const OVERSCAN = 8;

/**
 * The window widths where the table changes its columns, so Status stays in view without scrolling sideways. The
 * full grid needs 1,120 px plus the page's margins, the compact one (without what the detail panel repeats) 812, the
 * tight one (also without Posted, a narrower caption) 636; the detail panel takes 420 beside the table, and in windows
 * up to DRAWER_WINDOW slides over it instead (dashboard.css has the same width).
 */
export const TIGHT_WINDOW = '(max-width: 900px)';
export const DRAWER_WINDOW = '(max-width: 1095px)';
export const NARROW_WINDOW = '(max-width: 1180px)';
export const CROWDED_WINDOW = '(max-width: 1271px)';
const WINDOWS = [TIGHT_WINDOW, DRAWER_WINDOW, NARROW_WINDOW, CROWDED_WINDOW];

const subscribeWindow = (onChange: () => void) => {
  const queries = WINDOWS.map((q) => globalThis.matchMedia?.(q));
  for (const q of queries) q?.addEventListener('change', onChange);
  return () => queries.forEach((q) => q?.removeEventListener('change', onChange));
};
/** The narrowest of WINDOWS the window fits in, or -1 for a wider window. */
const windowStep = () => WINDOWS.findIndex((q) => globalThis.matchMedia?.(q).matches ?? false);

/** The columns the table can afford in a window of that step, with the detail panel open or not. */
export function densityFor(step: number, panelOpen: boolean): Density {
  const fits = (query: string) => step !== -1 && step <= WINDOWS.indexOf(query);
  if (fits(TIGHT_WINDOW)) return 'tight';
  if (panelOpen && !fits(DRAWER_WINDOW)) return fits(CROWDED_WINDOW) ? 'tight' : 'compact';
  return panelOpen || fits(NARROW_WINDOW) ? 'compact' : 'full';
}

/**
 * The shortlist table: a CSS-grid table with ARIA table roles, virtualized with @tanstack/react-virtual so only
 * the rows in view (plus a small overscan) are in the DOM, whether the shortlist has 10 or 10,000 videos.
 */
export function VideoTable(p: VideoTableProps) {
  const own = useRef<HTMLDivElement>(null);
  const scroller = p.tableRef ?? own;
  const count = p.bad.length + p.rows.length;
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: OVERSCAN,
    scrollMargin: HEADER_HEIGHT,
    getItemKey: (i) => (i < p.bad.length ? `bad:${p.bad[i]!.id}` : p.rows[i - p.bad.length]!.videoId),
  });
  const selectedShown = p.selected.size === 0 ? 0 : p.rows.reduce((n, r) => n + (p.selected.has(r.videoId) ? 1 : 0), 0);
  const selection = selectedShown === 0 ? 'none' : selectedShown === p.rows.length ? 'all' : 'some';

  // With the detail panel open, or in a narrow window, the table drops the columns the panel repeats (hideFrom).
  const step = useSyncExternalStore(subscribeWindow, windowStep, () => -1);
  const density = densityFor(step, p.activeId !== null);
  const grid = { '--ss-grid': GRID_TEMPLATES[density] } as CSSProperties;

  return (
    <div
      ref={scroller}
      className={`ss-table${density === 'full' ? '' : ' ss-table--compact'}${density === 'tight' ? ' ss-table--tight' : ''}`}
      style={grid}
      role="table"
      aria-label="Shortlisted videos"
      aria-rowcount={count + 1}
      tabIndex={-1}
    >
      <div role="rowgroup" className="ss-table__head">
        <TableHeader
          sort={p.sort}
          onSort={p.onSort}
          selection={selection}
          onSelectAll={p.onSelectAll}
          rowCount={p.rows.length}
        />
      </div>
      <div role="rowgroup" className="ss-table__body" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const style = { transform: `translateY(${item.start - HEADER_HEIGHT}px)`, height: ROW_HEIGHT };
          if (item.index < p.bad.length) {
            return (
              <BadTableRow
                key={item.key}
                bad={p.bad[item.index]!}
                index={item.index}
                style={style}
                onDelete={p.onDeleteBad}
              />
            );
          }
          const row = p.rows[item.index - p.bad.length]!;
          return (
            <TableRow
              key={item.key}
              row={row}
              index={item.index}
              style={style}
              selected={p.selected.has(row.videoId)}
              active={p.activeId === row.videoId}
              onToggle={p.onToggle}
              onOpen={p.onOpen}
              onStatusChange={p.onStatusChange}
            />
          );
        })}
      </div>
      {count === 0 && <p className="ss-table__empty">{p.empty}</p>}
    </div>
  );
}
