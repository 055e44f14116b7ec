import { useMemo, useState, useSyncExternalStore } from 'react';
import { appDb, queryRows, type RowModel, type SparkScoutDb } from '@/lib/db';
import { DEFAULT_SORT, type RowSort, type ShortlistRow } from '@/lib/db/rows';
import { activeFilterCount, toRowQuery, type Filters } from '@/lib/state/dashboard-filter-slice';
import { createRowSource, type LiveRowModel, type RowSource } from './row-source';

/** The live row model of the whole shortlist (see row-source.ts); undefined while the first read runs. */
export function useRowModel(source: RowSource): LiveRowModel | undefined {
  return useSyncExternalStore(source.subscribe, source.getSnapshot);
}

/** One row source per page and database. */
export function useRowSource(db: SparkScoutDb = appDb()): RowSource {
  const [source] = useState(() => createRowSource(db));
  return source;
}

/** Whether the table can show `model` under these filters and sort: a partial model only in the default view. */
export function canShow(model: LiveRowModel, filters: Filters, sort: RowSort): boolean {
  return (
    model.complete ||
    (activeFilterCount(filters) === 0 && sort.key === DEFAULT_SORT.key && sort.dir === DEFAULT_SORT.dir)
  );
}

/**
 * The rows the table shows: filtered and sorted in memory (a few ms for 10,000 rows). While only the newest rows
 * are loaded, they show in the default order; any other view waits for the rest (it would be wrong, not just short).
 */
export function useTableRows(model: LiveRowModel | undefined, filters: Filters, sort: RowSort): ShortlistRow[] {
  return useMemo(
    () => (model && canShow(model, filters, sort) ? queryRows(model.rows, { ...toRowQuery(filters), sort }) : []),
    [model, filters, sort],
  );
}

/** Every tag in use, most used first (the tag filter's options). */
export function useAllTags(model: RowModel | undefined): string[] {
  return useMemo(() => {
    const counts = new Map<string, number>();
    for (const row of model?.rows ?? []) for (const t of row.tags) counts.set(t, (counts.get(t) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([t]) => t);
  }, [model]);
}
