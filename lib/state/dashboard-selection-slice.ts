import type { StateCreator } from 'zustand/vanilla';
import type { DashboardState } from './dashboard-store';

export interface SelectionSlice {
  /** Selected video ids. A new Set on every change, so subscribers see the change. */
  selected: ReadonlySet<string>;
  /** The last row clicked without Shift: the fixed end of a Shift-click range. */
  anchorId: string | null;
  /**
   * A click on a row's checkbox. With `range` (Shift held) every row between the anchor and this one, in the
   * table's current order, takes the clicked row's new state, the way file managers and mail clients do it.
   */
  toggleRow: (id: string, opts?: { range?: boolean; order?: readonly string[] }) => void;
  /** "Select all": every row the current filter shows. */
  selectAll: (ids: readonly string[]) => void;
  clearSelection: () => void;
  /** Drops ids that no longer exist (after a delete, or a change from another tab). */
  retainSelection: (ids: ReadonlySet<string>) => void;
}

export const createSelectionSlice: StateCreator<DashboardState, [], [], SelectionSlice> = (set, get) => ({
  selected: new Set(),
  anchorId: null,
  toggleRow: (id, { range = false, order = [] } = {}) => {
    const { selected, anchorId } = get();
    const next = new Set(selected);
    const on = !selected.has(id);
    const from = anchorId === null ? -1 : order.indexOf(anchorId);
    const to = order.indexOf(id);
    if (range && from >= 0 && to >= 0) {
      for (const rowId of order.slice(Math.min(from, to), Math.max(from, to) + 1)) {
        if (on) next.add(rowId);
        else next.delete(rowId);
      }
    } else if (on) next.add(id);
    else next.delete(id);
    // The anchor stays put through a range, so Shift-clicks extend or shrink from the same row.
    set({ selected: next, anchorId: range && from >= 0 ? anchorId : id });
  },
  selectAll: (ids) => set({ selected: new Set(ids), anchorId: null }),
  clearSelection: () => set({ selected: new Set(), anchorId: null }),
  retainSelection: (ids) => {
    const { selected, anchorId } = get();
    const kept = [...selected].filter((id) => ids.has(id));
    if (kept.length === selected.size) return;
    set({ selected: new Set(kept), anchorId: anchorId !== null && ids.has(anchorId) ? anchorId : null });
  },
});
