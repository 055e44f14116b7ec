import { useVirtualizer } from '@tanstack/react-virtual';
import { useDeferredValue, useMemo, useRef, useState } from 'react';
import { formatExact } from '@/components/shared/format';
import { foldText } from '@/lib/fold-text';
import { formatCount } from './format';
import type { CreatorRow } from './types';

export interface CreatorsTabProps {
  /** Best score first; undefined while loading. */
  creators: readonly CreatorRow[] | undefined;
  onShowVideos: (handle: string) => void;
}

const ROW = 44;
/** Its tracks' minimums add up to the table's min-width in dashboard.css (790 px). */
const GRID = 'minmax(180px, 1.4fr) 80px 90px 110px 110px minmax(220px, 2fr)';

/** Videos grouped by creator: how many, the best score, total views, and the single-video live-campaign warning. */
export function CreatorsTab({ creators, onShowVideos }: CreatorsTabProps) {
  const [query, setQuery] = useState('');
  const [onlyWarnings, setOnlyWarnings] = useState(false);
  // Folded like the videos search: "chloe" finds "Chloé Café".
  const q = useDeferredValue(foldText(query.trim().replace(/^@/, '')));
  const list = useMemo(
    () =>
      (creators ?? []).filter(
        (c) =>
          (!onlyWarnings || c.warning !== null) &&
          (!q || foldText(c.handle).includes(q) || foldText(c.nickname ?? '').includes(q)),
      ),
    [creators, q, onlyWarnings],
  );
  const warned = useMemo(() => (creators ?? []).filter((c) => c.warning).length, [creators]);
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: list.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW,
    overscan: 8,
    scrollMargin: 36,
    getItemKey: (i) => list[i]!.handle,
  });

  return (
    <div className="ss-creators">
      <div className="ss-toolbar">
        <input
          type="search"
          className="ss-input"
          aria-label="Find a creator"
          placeholder="Find @handle or name"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        <label className="ss-check">
          <input type="checkbox" checked={onlyWarnings} onChange={(e) => setOnlyWarnings(e.target.checked)} /> Only
          creators with a warning ({formatExact(warned)})
        </label>
        <p className="ss-toolbar__count" aria-live="polite">
          {creators === undefined
            ? 'Loading…'
            : `${formatExact(list.length)} ${list.length === 1 ? 'creator' : 'creators'}`}
        </p>
      </div>
      <div
        ref={scroller}
        className="ss-table ss-table--creators"
        role="table"
        aria-label="Creators"
        aria-rowcount={list.length + 1}
      >
        <div role="rowgroup" className="ss-table__head">
          <div role="row" aria-rowindex={1} className="ss-trow ss-trow--head" style={{ gridTemplateColumns: GRID }}>
            <div role="columnheader" className="ss-cell">
              Creator
            </div>
            <div role="columnheader" className="ss-cell ss-cell--end">
              Videos
            </div>
            <div role="columnheader" className="ss-cell ss-cell--end">
              Best score
            </div>
            <div role="columnheader" className="ss-cell ss-cell--end">
              Total views
            </div>
            <div role="columnheader" className="ss-cell ss-cell--end">
              Followers
            </div>
            <div role="columnheader" className="ss-cell">
              Live campaign
            </div>
          </div>
        </div>
        <div role="rowgroup" className="ss-table__body" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const c = list[item.index]!;
            return (
              <div
                key={item.key}
                role="row"
                aria-rowindex={item.index + 2}
                className={`ss-trow${c.warning ? ' ss-trow--warn' : ''}`}
                style={{ transform: `translateY(${item.start - 36}px)`, height: ROW, gridTemplateColumns: GRID }}
              >
                <div role="cell" className="ss-cell ss-cell--creator">
                  <button type="button" className="ss-row-open" onClick={() => onShowVideos(c.handle)}>
                    @{c.handle}
                  </button>
                  {c.nickname && <span className="ss-muted"> {c.nickname}</span>}
                </div>
                <div role="cell" className="ss-cell ss-cell--end">
                  {formatExact(c.shortlisted)}
                </div>
                <div role="cell" className="ss-cell ss-cell--end">
                  {c.bestScore === null ? '—' : Math.round(c.bestScore)}
                </div>
                <div role="cell" className="ss-cell ss-cell--end" title={formatExact(c.totalViews)}>
                  {formatCount(c.totalViews)}
                </div>
                <div role="cell" className="ss-cell ss-cell--end">
                  {formatCount(c.followers)}
                </div>
                <div role="cell" className="ss-cell">
                  {c.warning ? (
                    <span className="ss-creator-warn" role="note">
                      <span aria-hidden="true">⚠ </span>
                      {c.warning}
                    </span>
                  ) : c.liveVideoIds.length > 0 ? (
                    `${c.liveVideoIds.length} live videos`
                  ) : (
                    <span className="ss-muted">—</span>
                  )}
                </div>
              </div>
            );
          })}
        </div>
        {creators !== undefined && list.length === 0 && (
          <p className="ss-table__empty">{creators.length === 0 ? 'No creators yet.' : 'No creator matches.'}</p>
        )}
      </div>
    </div>
  );
}
