import { useEffect, useRef } from 'react';
import type { RowSort, SortKey } from '@/lib/state/dashboard-sort-slice';
import { COLUMNS, GRID_VAR, hideClass } from './columns';

export interface TableHeaderProps {
  sort: RowSort;
  onSort: (key: SortKey) => void;
  /** 'all' | 'some' | 'none' of the shown rows selected. */
  selection: 'all' | 'some' | 'none';
  onSelectAll: (select: boolean) => void;
  rowCount: number;
}

const ARIA_SORT = { asc: 'ascending', desc: 'descending' } as const;

/** Column headers: sortable ones are buttons that say which way they sort; the first cell selects every shown row. */
export function TableHeader({ sort, onSort, selection, onSelectAll, rowCount }: TableHeaderProps) {
  const box = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (box.current) box.current.indeterminate = selection === 'some';
  }, [selection]);
  return (
    <div role="row" aria-rowindex={1} className="ss-trow ss-trow--head" style={{ gridTemplateColumns: GRID_VAR }}>
      {COLUMNS.map((c) => {
        if (c.id === 'select') {
          return (
            <div key={c.id} role="columnheader" className="ss-cell ss-cell--select">
              <input
                ref={box}
                type="checkbox"
                aria-label={`Select all ${rowCount} shown videos`}
                checked={selection === 'all'}
                disabled={rowCount === 0}
                onChange={(e) => onSelectAll(e.target.checked)}
              />
            </div>
          );
        }
        const active = c.sortKey !== undefined && sort.key === c.sortKey;
        return (
          <div
            key={c.id}
            role="columnheader"
            aria-sort={active ? ARIA_SORT[sort.dir] : c.sortKey ? 'none' : undefined}
            className={`ss-cell ss-cell--${c.id}${c.align === 'end' ? ' ss-cell--end' : ''}${hideClass(c.id)}`}
          >
            {c.sortKey ? (
              <button
                type="button"
                className={`ss-sort${active ? ' ss-sort--active' : ''}`}
                onClick={() => onSort(c.sortKey!)}
                title={`Sort by ${c.label.toLowerCase()}`}
              >
                {c.label}
                <span className="ss-sort__arrow" aria-hidden="true">
                  {active ? (sort.dir === 'desc' ? '↓' : '↑') : '↕'}
                </span>
              </button>
            ) : (
              c.label
            )}
          </div>
        );
      })}
    </div>
  );
}
