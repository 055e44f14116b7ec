import { fireEvent, render, screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { useStore } from 'zustand';
import { DashboardApp, type DashboardAppProps } from '@/components/dashboard/dashboard-app';
import { RescorePanel } from '@/components/dashboard/rescore-panel';
import type { CreatorRow, DashboardActions } from '@/components/dashboard/types';
import { createDashboardStore } from '@/lib/state/dashboard-store';
import { row, rows, withViewport } from './fixtures';

withViewport();

function actions(): DashboardActions {
  return {
    setStatus: vi.fn(async () => {}),
    addTags: vi.fn(async () => {}),
    removeTags: vi.fn(async () => {}),
    setTags: vi.fn(async () => {}),
    setNote: vi.fn(async () => {}),
    remove: vi.fn(async () => {}),
  };
}

const creator = (handle: string, over: Partial<CreatorRow> = {}): CreatorRow => ({
  handle,
  nickname: null,
  followers: 10_000,
  shortlisted: 2,
  bestScore: 71,
  totalViews: 240_000,
  liveVideoIds: [],
  warning: null,
  ...over,
});

function renderDashboard(
  over: Partial<DashboardAppProps> = {},
  App: (p: DashboardAppProps) => ReactNode = DashboardApp,
) {
  const props: DashboardAppProps = {
    store: createDashboardStore(),
    loading: false,
    complete: true,
    rows: rows(12),
    bad: [],
    total: 12,
    tags: ['hero', 'ugc'],
    creators: [
      creator('creator_1'),
      creator('creator_2', { liveVideoIds: ['1'], warning: 'Live campaign depends on a single video' }),
    ],
    detail: null,
    actions: actions(),
    undo: null,
    rescore: <RescorePanel view={{ phase: 'idle' }} onStart={vi.fn()} onCancel={vi.fn()} onDismiss={vi.fn()} />,
    notice: null,
    onNotice: vi.fn(),
    ...over,
  };
  return { props, ...render(<App {...props} />) };
}

/** The detail panel follows the store's detailId, as the wiring does, so closing it really unmounts it. */
function Routed(props: DashboardAppProps) {
  const detailId = useStore(props.store, (s) => s.detailId);
  return <DashboardApp {...props} detail={detailId ? { kind: 'loading', videoId: detailId } : null} />;
}

const renderRouted = (over: Partial<DashboardAppProps> = {}) => renderDashboard(over, Routed);
const focusIsIn = (el: HTMLElement) => expect(el).toContainElement(document.activeElement as HTMLElement);

const table = () => screen.getByRole('table', { name: 'Shortlisted videos' });

describe('the dashboard', () => {
  it('shows the videos tab with a count, and the ledger tab only once the ledger is connected', () => {
    renderDashboard();
    expect(screen.getByRole('tab', { name: /Videos/, selected: true })).toHaveTextContent('12');
    expect(screen.queryByRole('tab', { name: /Ledger/ })).toBeNull();
    expect(screen.getByText('12 videos')).toBeInTheDocument();
  });

  it('renders the ledger tab’s content when given', async () => {
    renderDashboard({ ledger: <p>Ledger content</p> });
    await userEvent.click(screen.getByRole('tab', { name: /Ledger/ }));
    expect(screen.getByRole('tabpanel')).toHaveTextContent('Ledger content');
  });

  it('says it is loading until the shortlist was read', () => {
    renderDashboard({ loading: true });
    expect(screen.getByRole('status')).toHaveTextContent('Loading the shortlist');
  });

  it('shows the newest rows while the rest load, and says so', () => {
    renderDashboard({ complete: false, rows: rows(5), total: 10_000 });
    expect(document.querySelector('.ss-toolbar__count')).toHaveTextContent('Loading 10,000 videos…');
    expect(screen.getByText('@creator_4')).toBeInTheDocument();
  });

  it('turns filter buttons into store filters', async () => {
    const { props } = renderDashboard();
    await userEvent.click(screen.getByRole('button', { name: /^Live/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Strong' }));
    await userEvent.type(screen.getByRole('searchbox', { name: /Search caption/ }), 'glow');
    expect(props.store.getState().filters).toMatchObject({ statuses: ['live'], bands: ['strong'], text: 'glow' });
    expect(screen.getByRole('button', { name: /^Live/ })).toHaveAttribute('aria-pressed', 'true');
    await userEvent.click(screen.getByRole('button', { name: 'Clear filters (3)' }));
    expect(props.store.getState().filters.statuses).toEqual([]);
  });

  it('adds a tag filter from the tag menu and removes it from its chip', async () => {
    const { props } = renderDashboard();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Tag' }), 'hero');
    expect(props.store.getState().filters.tags).toEqual(['hero']);
    await userEvent.click(screen.getByRole('button', { name: 'Remove tag filter hero' }));
    expect(props.store.getState().filters.tags).toEqual([]);
  });

  it('shows how many of the shortlist the filters leave', () => {
    renderDashboard({ rows: rows(3), total: 12, bad: [{ id: '1', reason: 'x' }] });
    expect(screen.getByText(/3 of 12 videos/)).toHaveTextContent('3 of 12 videos · 1 unreadable');
  });

  it('changes the status of every selected row, in table order', async () => {
    const { props } = renderDashboard();
    const user = userEvent.setup();
    await user.click(screen.getByRole('checkbox', { name: "Select @creator_1's video" }));
    await user.keyboard('{Shift>}');
    await user.click(screen.getByRole('checkbox', { name: "Select @creator_3's video" }));
    await user.keyboard('{/Shift}');
    const bulk = screen.getByRole('region', { name: 'Bulk actions' });
    expect(bulk).toHaveTextContent('3 selected');
    await user.selectOptions(within(bulk).getByRole('combobox', { name: 'New status for 3 selected' }), 'contacted');
    expect(props.actions.setStatus).not.toHaveBeenCalled();
    await user.click(within(bulk).getByRole('button', { name: 'Set status' }));
    expect(props.actions.setStatus).toHaveBeenCalledWith([row(1).videoId, row(2).videoId, row(3).videoId], 'contacted');
  });

  it('writes nothing while the bulk status is browsed with the arrow keys, only on "Set status"', async () => {
    const { props } = renderDashboard();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Select all 12 shown videos' }));
    const bulk = screen.getByRole('region', { name: 'Bulk actions' });
    const select = within(bulk).getByRole('combobox', { name: 'New status for 12 selected' });
    const apply = within(bulk).getByRole('button', { name: 'Set status' });
    expect(apply).toBeDisabled();
    // What Chromium does on ArrowDown, ArrowDown in a closed select: a change event for each option passed.
    fireEvent.change(select, { target: { value: 'contacted' } });
    fireEvent.change(select, { target: { value: 'code-received' } });
    expect(props.actions.setStatus).not.toHaveBeenCalled();
    await userEvent.click(apply);
    expect(props.actions.setStatus).toHaveBeenCalledTimes(1);
    expect(props.actions.setStatus).toHaveBeenCalledWith(
      rows(12).map((r) => r.videoId),
      'code-received',
    );
    // The choice is spent: pressing again needs a new one.
    expect(select).toHaveValue('');
    expect(apply).toBeDisabled();
  });

  it('adds and removes tags on the selection', async () => {
    const { props } = renderDashboard();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Select all 12 shown videos' }));
    const bulk = screen.getByRole('region', { name: 'Bulk actions' });
    await userEvent.type(within(bulk).getByRole('textbox', { name: 'Tags to add or remove' }), 'summer, hero');
    await userEvent.click(within(bulk).getByRole('button', { name: 'Add tags' }));
    expect(props.actions.addTags).toHaveBeenCalledWith(
      rows(12).map((r) => r.videoId),
      ['summer', 'hero'],
    );
    await userEvent.type(within(bulk).getByRole('textbox', { name: 'Tags to add or remove' }), 'hero');
    await userEvent.click(within(bulk).getByRole('button', { name: 'Remove tags' }));
    expect(props.actions.removeTags).toHaveBeenCalledWith(
      rows(12).map((r) => r.videoId),
      ['hero'],
    );
  });

  it('deletes the selection and offers an undo', async () => {
    const onUndo = vi.fn();
    const { props, rerender } = renderDashboard();
    await userEvent.click(screen.getByRole('checkbox', { name: "Select @creator_4's video" }));
    await userEvent.click(screen.getByRole('button', { name: 'Delete 1' }));
    expect(props.actions.remove).toHaveBeenCalledWith([row(4).videoId]);
    expect(screen.queryByRole('region', { name: 'Bulk actions' })).toBeNull();
    rerender(<DashboardApp {...props} undo={{ count: 1, onUndo, onDismiss: vi.fn() }} />);
    expect(screen.getByRole('status')).toHaveTextContent('1 video deleted');
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(onUndo).toHaveBeenCalled();
  });

  it('hands what the table shows to the toolbar and bulk slots (where "Export CSV" goes)', async () => {
    const toolbarActions = vi.fn(() => <button type="button">Export CSV</button>);
    const bulkActions = vi.fn(() => <button type="button">Export selection</button>);
    renderDashboard({ rows: [row(3), row(1), row(2)], toolbarActions, bulkActions });
    expect(screen.getByRole('button', { name: 'Export CSV' })).toBeInTheDocument();
    expect(toolbarActions).toHaveBeenLastCalledWith({
      visibleIds: [row(3).videoId, row(1).videoId, row(2).videoId],
      selectedIds: [],
    });
    await userEvent.click(screen.getByRole('checkbox', { name: "Select @creator_2's video" }));
    await userEvent.click(screen.getByRole('checkbox', { name: "Select @creator_3's video" }));
    expect(screen.getByRole('button', { name: 'Export selection' })).toBeInTheDocument();
    expect(bulkActions).toHaveBeenLastCalledWith(
      expect.objectContaining({ selectedIds: [row(3).videoId, row(2).videoId] }),
    );
  });

  it('reports a failed edit as a page notice', async () => {
    const failing = { ...actions(), setStatus: vi.fn(async () => Promise.reject(new Error('disk full'))) };
    const { props } = renderDashboard({ actions: failing });
    await userEvent.selectOptions(screen.getByRole('combobox', { name: "Status of @creator_1's video" }), 'live');
    await vi.waitFor(() => expect(props.onNotice).toHaveBeenCalledWith("Couldn't change the status: disk full"));
  });

  it('groups creators with the single-video live campaign warning and opens a creator’s videos', async () => {
    const { props } = renderDashboard();
    await userEvent.click(screen.getByRole('tab', { name: /Creators/ }));
    const table = screen.getByRole('table', { name: 'Creators' });
    const warned = within(table).getByText('@creator_2').closest('[role="row"]')!;
    expect(warned).toHaveTextContent('Live campaign depends on a single video');
    await userEvent.click(screen.getByRole('checkbox', { name: /Only creators with a warning/ }));
    expect(within(table).queryByText('@creator_1')).toBeNull();
    await userEvent.click(within(table).getByRole('button', { name: '@creator_2' }));
    expect(props.store.getState()).toMatchObject({
      tab: 'videos',
      filters: expect.objectContaining({ creator: 'creator_2' }),
    });
  });

  it('moves between tabs with the arrow keys', async () => {
    const { props } = renderDashboard();
    screen.getByRole('tab', { name: /Videos/ }).focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(props.store.getState().tab).toBe('creators');
    expect(screen.getByRole('tab', { name: /Creators/ })).toHaveFocus();
  });

  it('opens the detail panel from a row and closes it', async () => {
    const store = createDashboardStore();
    const { rerender, props } = renderDashboard({ store });
    await userEvent.click(screen.getByRole('button', { name: '@creator_5' }));
    expect(store.getState().detailId).toBe(row(5).videoId);
    rerender(<DashboardApp {...props} detail={{ kind: 'loading', videoId: row(5).videoId }} />);
    expect(screen.getByRole('complementary')).toHaveTextContent('Loading');
    await userEvent.click(screen.getByRole('button', { name: 'Close details' }));
    expect(store.getState().detailId).toBeNull();
  });

  it('returns focus to the row that opened the detail panel when it closes, by button or Escape', async () => {
    const user = userEvent.setup();
    renderRouted();
    const opener = screen.getByRole('button', { name: '@creator_2' });
    opener.focus();
    await user.keyboard('{Enter}');
    focusIsIn(screen.getByRole('complementary'));
    await user.click(screen.getByRole('button', { name: 'Close details' }));
    expect(screen.queryByRole('complementary')).toBeNull();
    expect(opener).toHaveFocus();
    await user.keyboard('{Enter}');
    focusIsIn(screen.getByRole('complementary'));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('complementary')).toBeNull();
    expect(opener).toHaveFocus();
  });

  it('focuses the table when the detail panel closes after its row left the view', async () => {
    const user = userEvent.setup();
    const { props, rerender } = renderRouted();
    await user.click(screen.getByRole('button', { name: '@creator_2' }));
    // A status change in the panel moved the row out of the filtered view.
    rerender(<Routed {...props} rows={rows(12).filter((r) => r.handle !== 'creator_2')} />);
    await user.keyboard('{Escape}');
    expect(table()).toHaveFocus();
  });

  it('focuses the table when a detail panel opened from the URL hash closes', async () => {
    // #/video/<id> (a notification, the popup): the store starts with the panel open and nothing on the page opened it.
    renderRouted({ store: createDashboardStore({ detailId: row(3).videoId }) });
    focusIsIn(screen.getByRole('complementary'));
    await userEvent.click(screen.getByRole('button', { name: 'Close details' }));
    expect(table()).toHaveFocus();
  });

  it('focuses Undo after a bulk delete, and the table after Undo or Dismiss', async () => {
    const user = userEvent.setup();
    const { props, rerender } = renderDashboard();
    const offer = { count: 1, onUndo: vi.fn(), onDismiss: vi.fn() };
    await user.click(screen.getByRole('checkbox', { name: "Select @creator_4's video" }));
    await user.click(screen.getByRole('button', { name: 'Delete 1' }));
    // The bar left with the selection; focus waits in the table until the delete is written.
    expect(table()).toHaveFocus();
    rerender(<DashboardApp {...props} undo={offer} />);
    expect(screen.getByRole('button', { name: 'Undo' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(offer.onUndo).toHaveBeenCalled();
    rerender(<DashboardApp {...props} undo={null} />);
    expect(table()).toHaveFocus();

    rerender(<DashboardApp {...props} undo={{ ...offer }} />);
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(offer.onDismiss).toHaveBeenCalled();
    rerender(<DashboardApp {...props} undo={null} />);
    expect(table()).toHaveFocus();
  });

  it('hides the bulk bar while every selected row is out of the view, and never offers "Delete 0"', async () => {
    const user = userEvent.setup();
    const { props, rerender } = renderDashboard();
    await user.click(screen.getByRole('checkbox', { name: "Select @creator_1's video" }));
    await user.click(screen.getByRole('checkbox', { name: "Select @creator_2's video" }));
    within(screen.getByRole('region', { name: 'Bulk actions' }))
      .getByRole('combobox', { name: 'New status for 2 selected' })
      .focus();
    // The status change took both rows out of the filtered view.
    const rest = rows(12).filter((r) => !['creator_1', 'creator_2'].includes(r.handle));
    rerender(<DashboardApp {...props} rows={rest} />);
    expect(screen.queryByRole('region', { name: 'Bulk actions' })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Delete \d/ })).toBeNull();
    expect(table()).toHaveFocus();
    // They are still selected, and the bar is back when they show again.
    rerender(<DashboardApp {...props} />);
    expect(screen.getByRole('region', { name: 'Bulk actions' })).toHaveTextContent('2 selected');
    expect(props.actions.remove).not.toHaveBeenCalled();
  });

  it('shows a page notice until dismissed', async () => {
    const { props } = renderDashboard({ notice: "Couldn't undo the delete" });
    expect(screen.getByRole('alert')).toHaveTextContent("Couldn't undo the delete");
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss message' }));
    expect(props.onNotice).toHaveBeenCalledWith(null);
  });
});
