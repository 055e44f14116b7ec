import type { StateCreator } from 'zustand/vanilla';
import { DEFAULT_SORT, type RowSort, type SortKey } from '@/lib/db/rows';
import type { DashboardState } from './dashboard-store';

export type { RowSort, SortKey } from '@/lib/db/rows';

export interface SortSlice {
  sort: RowSort;
  /** A new column sorts descending first (best score, most views, newest); the same column again flips it. */
  sortBy: (key: SortKey) => void;
}

export const createSortSlice: StateCreator<DashboardState, [], [], SortSlice> = (set, get) => ({
  sort: DEFAULT_SORT,
  sortBy: (key) => {
    const { sort } = get();
    set({ sort: sort.key === key ? { key, dir: sort.dir === 'desc' ? 'asc' : 'desc' } : { key, dir: 'desc' } });
  },
});
