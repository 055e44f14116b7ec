import type { StateCreator } from 'zustand/vanilla';
import type { EligibilityStatus, RowQuery } from '@/lib/db/rows';
import type { Band, Objective, PolicyCategory } from '@/lib/schemas/score';
import type { ShortlistStatus } from '@/lib/schemas/shortlist';
import type { DashboardState } from './dashboard-store';

export type { EligibilityStatus } from '@/lib/db/rows';

/** 'any' shows every row; 'flagged' / 'clean' / a category narrow by ad-policy flags. */
export type PolicyFilter = 'any' | 'flagged' | 'clean' | PolicyCategory;

/** The list filters the toolbar sets; each multi-value filter keeps a row matching any of its values. */
export interface Filters {
  statuses: ShortlistStatus[];
  bands: Band[];
  objectives: Objective[];
  eligibility: EligibilityStatus[];
  /** A row must carry every one of these tags. */
  tags: string[];
  /** One creator's handle, or '' for all. */
  creator: string;
  policy: PolicyFilter;
  /** Full-text search over caption, handle, hashtags, tags and note. */
  text: string;
}

/** Filters whose value is a list of options the toolbar toggles one at a time. */
export type ListFilter = 'statuses' | 'bands' | 'objectives' | 'eligibility' | 'tags';
type ListValue<K extends ListFilter> = Filters[K][number];

export const EMPTY_FILTERS: Filters = {
  statuses: [],
  bands: [],
  objectives: [],
  eligibility: [],
  tags: [],
  creator: '',
  policy: 'any',
  text: '',
};

export interface FilterSlice {
  filters: Filters;
  /** Adds the value when absent, removes it when present. */
  toggleFilter: <K extends ListFilter>(key: K, value: ListValue<K>) => void;
  setFilter: <K extends keyof Filters>(key: K, value: Filters[K]) => void;
  clearFilters: () => void;
}

// A selection made under other filters would act on rows the user can no longer see: every filter change clears it.
const unselect = { selected: new Set<string>(), anchorId: null } as const;

export const createFilterSlice: StateCreator<DashboardState, [], [], FilterSlice> = (set, get) => ({
  filters: EMPTY_FILTERS,
  toggleFilter: (key, value) => {
    const list = get().filters[key] as ReadonlyArray<typeof value>;
    const next = list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
    set({ filters: { ...get().filters, [key]: next }, ...unselect });
  },
  setFilter: (key, value) => set({ filters: { ...get().filters, [key]: value }, ...unselect }),
  clearFilters: () => set({ filters: EMPTY_FILTERS, ...unselect }),
});

/** How many filters narrow the list (search included), for the "Clear filters (n)" button. */
export function activeFilterCount(f: Filters): number {
  const lists = [f.statuses, f.bands, f.objectives, f.eligibility, f.tags].filter((l) => l.length > 0).length;
  return lists + (f.creator ? 1 : 0) + (f.policy !== 'any' ? 1 : 0) + (f.text.trim() ? 1 : 0);
}

/** The row model's query for these filters (lib/db/rows.ts filters and sorts in memory). */
export function toRowQuery(f: Filters): RowQuery {
  return {
    statuses: f.statuses,
    bands: f.bands,
    objectives: f.objectives,
    eligibility: f.eligibility,
    tags: f.tags,
    creator: f.creator || undefined,
    policy: f.policy === 'any' ? undefined : f.policy,
    text: f.text.trim() || undefined,
  };
}
