import { createStore } from 'zustand/vanilla';
import { createFilterSlice, type FilterSlice } from './dashboard-filter-slice';
import { createSelectionSlice, type SelectionSlice } from './dashboard-selection-slice';
import { createSortSlice, type SortSlice } from './dashboard-sort-slice';
import { createViewSlice, type ViewSlice } from './dashboard-view-slice';

/**
 * The dashboard's UI state: filters, sort, selection, tab and open detail. Records stay in Dexie (read through
 * useLiveQuery in lib/ui); this store never copies them, only ids and choices.
 */
export type DashboardState = FilterSlice & SortSlice & SelectionSlice & ViewSlice;

export function createDashboardStore(
  initial: Partial<Pick<DashboardState, 'filters' | 'sort' | 'tab' | 'detailId'>> = {},
) {
  return createStore<DashboardState>()((...a) => ({
    ...createFilterSlice(...a),
    ...createSortSlice(...a),
    ...createSelectionSlice(...a),
    ...createViewSlice(...a),
    ...initial,
  }));
}

export type DashboardStore = ReturnType<typeof createDashboardStore>;
