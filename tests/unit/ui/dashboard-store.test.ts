import { describe, expect, it } from 'vitest';
import { activeFilterCount, EMPTY_FILTERS, toRowQuery } from '@/lib/state/dashboard-filter-slice';
import { createDashboardStore } from '@/lib/state/dashboard-store';

const ORDER = ['a', 'b', 'c', 'd', 'e'];

describe('the dashboard store', () => {
  it('sorts a new column descending first and flips direction on the same column', () => {
    const store = createDashboardStore();
    expect(store.getState().sort).toEqual({ key: 'shortlistedAt', dir: 'desc' });
    store.getState().sortBy('score');
    expect(store.getState().sort).toEqual({ key: 'score', dir: 'desc' });
    store.getState().sortBy('score');
    expect(store.getState().sort).toEqual({ key: 'score', dir: 'asc' });
    store.getState().sortBy('views');
    expect(store.getState().sort).toEqual({ key: 'views', dir: 'desc' });
  });

  it('toggles a filter value on and off', () => {
    const store = createDashboardStore();
    store.getState().toggleFilter('statuses', 'live');
    store.getState().toggleFilter('statuses', 'contacted');
    expect(store.getState().filters.statuses).toEqual(['live', 'contacted']);
    store.getState().toggleFilter('statuses', 'live');
    expect(store.getState().filters.statuses).toEqual(['contacted']);
  });

  it('clears the selection whenever a filter changes, so bulk actions never touch hidden rows', () => {
    const store = createDashboardStore();
    store.getState().selectAll(['a', 'b']);
    store.getState().setFilter('text', 'glow');
    expect(store.getState().selected.size).toBe(0);
    store.getState().selectAll(['a']);
    store.getState().clearFilters();
    expect(store.getState().selected.size).toBe(0);
  });

  it('selects the range between the anchor and a Shift-clicked row in table order', () => {
    const store = createDashboardStore();
    store.getState().toggleRow('b', { order: ORDER });
    store.getState().toggleRow('d', { range: true, order: ORDER });
    expect([...store.getState().selected].sort()).toEqual(['b', 'c', 'd']);
    // Shift-click above the anchor extends from the same anchor.
    store.getState().toggleRow('a', { range: true, order: ORDER });
    expect([...store.getState().selected].sort()).toEqual(['a', 'b', 'c', 'd']);
  });

  it('unselects a Shift-clicked range when the clicked row was selected', () => {
    const store = createDashboardStore();
    store.getState().selectAll(ORDER);
    store.getState().toggleRow('b', { order: ORDER });
    store.getState().toggleRow('d', { range: true, order: ORDER });
    expect([...store.getState().selected].sort()).toEqual(['a', 'e']);
  });

  it('treats a Shift-click without an anchor as a plain toggle', () => {
    const store = createDashboardStore();
    store.getState().toggleRow('c', { range: true, order: ORDER });
    expect([...store.getState().selected]).toEqual(['c']);
  });

  it('drops deleted rows from the selection and keeps the rest', () => {
    const store = createDashboardStore();
    store.getState().selectAll(['a', 'b', 'c']);
    const before = store.getState().selected;
    store.getState().retainSelection(new Set(['a', 'b', 'c', 'x']));
    expect(store.getState().selected).toBe(before);
    store.getState().retainSelection(new Set(['a', 'c']));
    expect([...store.getState().selected]).toEqual(['a', 'c']);
  });

  it('opens a creator from the creator view as a filter on the videos tab', () => {
    const store = createDashboardStore({ tab: 'creators' });
    store.getState().showCreator('glowwithmia');
    expect(store.getState().tab).toBe('videos');
    expect(store.getState().filters.creator).toBe('glowwithmia');
  });

  it('shows all of a creator’s videos: the other filters and the search are cleared', () => {
    const store = createDashboardStore({ tab: 'creators' });
    store.getState().toggleFilter('statuses', 'live');
    store.getState().setFilter('text', 'dance');
    store.getState().showCreator('alice');
    expect(store.getState().filters).toEqual({ ...EMPTY_FILTERS, creator: 'alice' });
  });

  it('opens a video’s detail on the videos tab, and beside the ledger when opened from there', () => {
    const store = createDashboardStore({ tab: 'creators' });
    store.getState().openDetail('7000000000000000001');
    expect(store.getState()).toMatchObject({ tab: 'videos', detailId: '7000000000000000001' });
    store.getState().setTab('ledger');
    store.getState().openDetail('7000000000000000002');
    expect(store.getState()).toMatchObject({ tab: 'ledger', detailId: '7000000000000000002' });
    store.getState().closeDetail();
    expect(store.getState().detailId).toBeNull();
  });
});

describe('the filters as a row query', () => {
  it('leaves out what is not set', () => {
    expect(toRowQuery(EMPTY_FILTERS)).toEqual({
      statuses: [],
      bands: [],
      objectives: [],
      eligibility: [],
      tags: [],
      creator: undefined,
      policy: undefined,
      text: undefined,
    });
    expect(activeFilterCount(EMPTY_FILTERS)).toBe(0);
  });

  it('passes every set filter and counts each one once', () => {
    const f = {
      ...EMPTY_FILTERS,
      statuses: ['live' as const, 'contacted' as const],
      creator: 'mia',
      policy: 'flagged' as const,
      text: '  glow ',
    };
    expect(toRowQuery(f)).toMatchObject({
      statuses: ['live', 'contacted'],
      creator: 'mia',
      policy: 'flagged',
      text: 'glow',
    });
    expect(activeFilterCount(f)).toBe(4);
  });
});
