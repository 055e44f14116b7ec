import { type ReactNode, useCallback, useMemo, useRef } from 'react';
import { useStore } from 'zustand';
import type { ShortlistStatus } from '@/lib/schemas/shortlist';
import type { DashboardStore } from '@/lib/state/dashboard-store';
import { formatExact } from '@/components/shared/format';
import type { BadRow, VideoRow } from '@/components/shared/row-types';
import { CreatorsTab } from './creators-tab';
import { DetailPanel } from './detail-panel';
import { Tabs, type TabItem } from './tabs';
import type { CreatorRow, DashboardActions, DetailData, PendingWrite, TableView, UndoOffer } from './types';
import { UndoToast, WorkingToast } from './undo-toast';
import { VideosTab } from './videos-tab';

export interface DashboardAppProps {
  store: DashboardStore;
  /** True until the first rows were read. */
  loading: boolean;
  /** False while only the newest rows are loaded (the rest follow): other sorts and filters wait. */
  complete: boolean;
  /** Rows after the store's filters and sort. */
  rows: readonly VideoRow[];
  bad: readonly BadRow[];
  /** Valid rows before filtering. */
  total: number;
  tags: readonly string[];
  creators: readonly CreatorRow[] | undefined;
  statusCounts?: Partial<Record<ShortlistStatus, number>>;
  /** Content of the open detail panel (store.detailId), null when closed. */
  detail: DetailData | null;
  actions: DashboardActions;
  undo: UndoOffer | null;
  /** A delete or undo being written; shown in place of the undo toast. */
  pending?: PendingWrite | null;
  /**
   * The "Rescore all" control (a RescorePanel with its state): a slot rather than props, so its progress updates,
   * ~50 per run, re-render the panel alone and not the 10,000-row table beside it.
   */
  rescore: ReactNode;
  /** An error or notice for the whole page, shown until dismissed. */
  notice: string | null;
  onNotice: (message: string | null) => void;
  /** The authorization ledger tab's content; the tab shows only when given. */
  ledger?: ReactNode;
  /** The open video's authorization panel in the detail view. */
  authorization?: (videoId: string) => ReactNode;
  toolbarActions?: (view: TableView) => ReactNode;
  bulkActions?: (view: TableView) => ReactNode;
}

const ID = 'ss-dash';

/** The full-page shortlist manager: videos, creators and ledger tabs, the detail panel, rescoring and undo. */
export function DashboardApp(p: DashboardAppProps) {
  const { store } = p;
  const { onNotice, creators } = p;
  const tab = useStore(store, (s) => s.tab);
  const creatorHandles = useMemo(() => (creators ?? []).map((c) => c.handle), [creators]);
  const detailId = useStore(store, (s) => s.detailId);
  const tabs: TabItem[] = [
    { id: 'videos', label: 'Videos', badge: p.loading ? undefined : formatExact(p.total) },
    { id: 'creators', label: 'Creators', badge: p.creators ? formatExact(p.creators.length) : undefined },
    ...(p.ledger ? [{ id: 'ledger' as const, label: 'Ledger' }] : []),
  ];
  const shown = tabs.some((t) => t.id === tab) ? tab : 'videos';
  const onError = useCallback((m: string) => onNotice(m), [onNotice]);
  // Closing the detail panel or the undo toast sends focus here when what had it before is gone.
  const table = useRef<HTMLDivElement>(null);
  const focusTable = useCallback(() => table.current, []);

  return (
    <div className={`ss-dash${detailId ? ' ss-dash--detail' : ''}`}>
      <header className="ss-dash__header">
        <h1 className="ss-dash__title">
          <span className="ss-logo" aria-hidden="true">
            ✦
          </span>
          <span className="ss-dash__name">Spark Scout</span>
        </h1>
        <Tabs tabs={tabs} value={shown} onChange={store.getState().setTab} idPrefix={ID} />
        <div className="ss-dash__actions">
          {p.rescore}
          <a
            className="ss-btn ss-btn--ghost ss-btn--sm ss-btn--link"
            href="/options.html"
            target="_blank"
            rel="noopener"
          >
            Settings
          </a>
        </div>
      </header>
      {p.notice && (
        <div className="ss-banner" role="alert">
          <span>{p.notice}</span>
          <button type="button" className="ss-icon-btn" aria-label="Dismiss message" onClick={() => p.onNotice(null)}>
            ×
          </button>
        </div>
      )}
      <div className="ss-dash__main">
        <section
          role="tabpanel"
          id={`${ID}-panel-${shown}`}
          aria-labelledby={`${ID}-tab-${shown}`}
          className="ss-dash__panel"
        >
          {p.loading && shown !== 'ledger' ? (
            <p className="ss-muted ss-dash__loading" role="status">
              Loading the shortlist…
            </p>
          ) : shown === 'videos' ? (
            <VideosTab
              store={store}
              rows={p.rows}
              bad={p.bad}
              total={p.total}
              complete={p.complete}
              tags={p.tags}
              creators={creatorHandles}
              statusCounts={p.statusCounts}
              actions={p.actions}
              onError={onError}
              toolbarActions={p.toolbarActions}
              bulkActions={p.bulkActions}
              tableRef={table}
            />
          ) : shown === 'creators' ? (
            <CreatorsTab creators={p.creators} onShowVideos={store.getState().showCreator} />
          ) : (
            p.ledger
          )}
        </section>
        {p.detail && shown !== 'creators' && (
          <DetailPanel
            detail={p.detail}
            actions={p.actions}
            onClose={store.getState().closeDetail}
            onError={onError}
            authorization={p.authorization}
            focusFallback={focusTable}
          />
        )}
      </div>
      {p.pending ? (
        <WorkingToast work={p.pending} />
      ) : (
        p.undo && <UndoToast offer={p.undo} focusFallback={focusTable} />
      )}
    </div>
  );
}
