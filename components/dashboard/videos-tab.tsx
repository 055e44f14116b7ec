import { type ReactNode, type RefObject, useCallback, useMemo, useRef } from 'react';
import { useStore } from 'zustand';
import type { ShortlistStatus } from '@/lib/schemas/shortlist';
import type { DashboardStore } from '@/lib/state/dashboard-store';
import type { BadRow, VideoRow } from '@/components/shared/row-types';
import { formatExact } from '@/components/shared/format';
import { plural } from './format';
import { BulkBar } from './bulk-bar';
import { FilterBar } from './filter-bar';
import type { DashboardActions, TableView } from './types';
import { VideoTable } from './video-table';
import { errorMessage } from '@/lib/error-message';

export interface VideosTabProps {
  store: DashboardStore;
  /** Rows after the store's filters and sort (the wiring filters in memory). */
  rows: readonly VideoRow[];
  bad: readonly BadRow[];
  /** All valid rows before filtering. */
  total: number;
  /** False while only the newest rows are loaded. */
  complete: boolean;
  tags: readonly string[];
  creators: readonly string[];
  statusCounts?: Partial<Record<ShortlistStatus, number>>;
  actions: DashboardActions;
  onError: (message: string) => void;
  /** Slots for actions on what the table shows: the toolbar (whole view) and the bulk bar (selection). */
  toolbarActions?: (view: TableView) => ReactNode;
  bulkActions?: (view: TableView) => ReactNode;
  /** The table's focusable box (see VideoTable). */
  tableRef?: RefObject<HTMLDivElement | null>;
}

/** The shortlist table with its filters, selection and bulk actions. */
export function VideosTab(p: VideosTabProps) {
  const { store, actions, onError } = p;
  const filters = useStore(store, (s) => s.filters);
  const sort = useStore(store, (s) => s.sort);
  const selected = useStore(store, (s) => s.selected);
  const detailId = useStore(store, (s) => s.detailId);
  const visibleIds = useMemo(() => p.rows.map((r) => r.videoId), [p.rows]);
  const selectedIds = useMemo(() => visibleIds.filter((id) => selected.has(id)), [visibleIds, selected]);
  const view: TableView = useMemo(() => ({ visibleIds, selectedIds }), [visibleIds, selectedIds]);
  const own = useRef<HTMLDivElement>(null);
  const tableRef = p.tableRef ?? own;
  const focusTable = useCallback(() => tableRef.current, [tableRef]);

  const run = useCallback(
    (what: string, write: Promise<unknown>) => {
      write.catch((e: unknown) => onError(`Couldn't ${what}: ${errorMessage(e)}`));
    },
    [onError],
  );
  // Stable callbacks keep the memoized rows from re-rendering on every store change.
  const onToggle = useCallback(
    (id: string, range: boolean) => store.getState().toggleRow(id, { range, order: visibleIds }),
    [store, visibleIds],
  );
  const onOpen = useCallback((id: string) => store.getState().openDetail(id), [store]);
  const onStatusChange = useCallback(
    (id: string, status: ShortlistStatus) => run('change the status', actions.setStatus([id], status)),
    [actions, run],
  );
  const onDeleteBad = useCallback((id: string) => run('delete the record', actions.remove([id])), [actions, run]);
  const s = store.getState();

  return (
    <div className="ss-videos">
      <FilterBar
        filters={filters}
        onToggle={s.toggleFilter}
        onSet={s.setFilter}
        onClear={s.clearFilters}
        tags={p.tags}
        creators={p.creators}
        statusCounts={p.statusCounts}
      />
      <div className="ss-toolbar">
        <p className="ss-toolbar__count" aria-live="polite" data-complete={p.complete}>
          {!p.complete
            ? `Loading ${formatExact(p.total)} videos…`
            : p.rows.length === p.total
              ? plural(p.total, 'video')
              : `${formatExact(p.rows.length)} of ${plural(p.total, 'video')}`}
          {p.bad.length > 0 && <span className="ss-weak-text"> · {formatExact(p.bad.length)} unreadable</span>}
        </p>
        <div className="ss-toolbar__actions">{p.toolbarActions?.(view)}</div>
      </div>
      {/* Selected rows can leave the view (made "contacted" under a Candidate filter): nothing acts on them unseen. */}
      {selectedIds.length > 0 && (
        <BulkBar
          selectedCount={selectedIds.length}
          shownCount={visibleIds.length}
          onSelectAll={() => s.selectAll(visibleIds)}
          onClear={s.clearSelection}
          onStatus={(status) => run('change the status', actions.setStatus(selectedIds, status))}
          onAddTags={(tags) => run('add tags', actions.addTags(selectedIds, tags))}
          onRemoveTags={(tags) => run('remove tags', actions.removeTags(selectedIds, tags))}
          onDelete={() => {
            s.clearSelection();
            run('delete', actions.remove(selectedIds));
          }}
          extra={p.bulkActions?.(view)}
          focusFallback={focusTable}
        />
      )}
      <VideoTable
        rows={p.rows}
        bad={p.bad}
        sort={sort}
        onSort={s.sortBy}
        selected={selected}
        onToggle={onToggle}
        onSelectAll={(all) => (all ? s.selectAll(visibleIds) : s.clearSelection())}
        onOpen={onOpen}
        onStatusChange={onStatusChange}
        onDeleteBad={onDeleteBad}
        activeId={detailId}
        tableRef={tableRef}
        empty={
          !p.complete
            ? 'Loading all videos for this view…'
            : p.total === 0
              ? 'Nothing shortlisted yet. Score a TikTok video and press “Add to shortlist”.'
              : 'No videos match these filters.'
        }
      />
    </div>
  );
}
