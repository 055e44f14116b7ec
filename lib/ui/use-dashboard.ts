import { useEffect, useMemo, useState } from 'react';
import { useStore } from 'zustand';
import { appDb, countByStatus, type SparkScoutDb, type UndoPayload } from '@/lib/db';
import { createDashboardStore, type DashboardStore } from '@/lib/state/dashboard-store';
import type { DashboardAppProps } from '@/components/dashboard/dashboard-app';
import type { DashboardActions, PendingWrite, UndoOffer } from '@/components/dashboard/types';
import { useHashRoute } from './hash-route';
import { createShortlistActions, type ShortlistActions } from './shortlist-actions';
import { useCreators } from './use-creators';
import { useAllTags, useRowModel, useRowSource, useTableRows } from './use-row-model';
import { useVideoDetail, type DetailOptions } from './use-video-detail';

export type DashboardData = Omit<DashboardAppProps, 'rescore' | 'ledger' | 'toolbarActions' | 'bulkActions'>;

export interface DashboardDeps {
  db?: SparkScoutDb;
  store?: DashboardStore;
  actions?: ShortlistActions;
  detail?: DetailOptions;
}

/**
 * Everything the dashboard shows, connected: the live row model filtered and sorted by the store, creators,
 * the routed detail panel, edits, and the undo offer after a delete.
 */
export function useDashboard(deps: DashboardDeps = {}): DashboardData {
  const db = deps.db ?? appDb();
  const [store] = useState(() => deps.store ?? createDashboardStore());
  const [shortlist] = useState(() => deps.actions ?? createShortlistActions(db));
  useHashRoute(store);
  const model = useRowModel(useRowSource(db));
  const filters = useStore(store, (s) => s.filters);
  const sort = useStore(store, (s) => s.sort);
  const detailId = useStore(store, (s) => s.detailId);
  const rows = useTableRows(model, filters, sort);
  // Totals over a partial model would be wrong: tags, creators and counts wait for the full read.
  const full = model?.complete ? model : undefined;
  const tags = useAllTags(full);
  const creators = useCreators(full);
  const detail = useVideoDetail(detailId, deps.detail ?? {}, db);
  const [undoPayload, setUndoPayload] = useState<UndoPayload | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [pending, setPending] = useState<PendingWrite | null>(null);

  // Rows deleted here or elsewhere leave the selection.
  useEffect(() => {
    if (full) store.getState().retainSelection(new Set(full.rows.map((r) => r.videoId)));
  }, [full, store]);

  const statusCounts = useMemo(() => (full ? countByStatus(full.rows) : undefined), [full]);

  const actions: DashboardActions = useMemo(
    () => ({
      ...shortlist,
      remove: async (ids) => {
        // Deleting nothing must not offer "0 videos deleted" in place of an earlier delete that can still be undone.
        if (ids.length === 0) return;
        setPending({ kind: 'deleting', count: ids.length });
        try {
          setUndoPayload(await shortlist.remove(ids));
        } finally {
          setPending(null);
        }
      },
    }),
    [shortlist],
  );

  const undo: UndoOffer | null = useMemo(
    () =>
      undoPayload && {
        count: undoPayload.entries.length,
        onUndo: () => {
          setUndoPayload(null);
          setPending({ kind: 'restoring', count: undoPayload.entries.length });
          shortlist
            .undo(undoPayload)
            .then(
              (r) =>
                r.skipped.length &&
                setNotice(`${r.skipped.length} records could not be restored: ${r.skipped[0]!.reason}`),
              (e: unknown) => setNotice(`Couldn't undo the delete: ${String(e)}`),
            )
            .finally(() => setPending(null));
        },
        onDismiss: () => setUndoPayload(null),
      },
    [undoPayload, shortlist],
  );

  return {
    store,
    loading: model === undefined,
    complete: model?.complete ?? false,
    rows,
    bad: model?.bad ?? [],
    total: model ? (model.complete ? model.rows.length : model.total - model.bad.length) : 0,
    tags,
    creators,
    statusCounts,
    detail,
    actions,
    undo,
    pending,
    notice,
    onNotice: setNotice,
  };
}
