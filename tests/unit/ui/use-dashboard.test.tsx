import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DashboardApp } from '@/components/dashboard/dashboard-app';
import { RescorePanel } from '@/components/dashboard/rescore-panel';
import type { SparkScoutDb } from '@/lib/db';
import { createDashboardStore } from '@/lib/state/dashboard-store';
import { createShortlistActions, type ShortlistActions } from '@/lib/ui/shortlist-actions';
import { useDashboard, type DashboardData } from '@/lib/ui/use-dashboard';
import { withViewport } from '../components/dashboard/fixtures';
import { seededDb } from './helpers';

withViewport();

let db: SparkScoutDb | undefined;
afterEach(() => {
  db?.close();
  history.replaceState(null, '', '/');
});

/** fake-indexeddb writes are slow when the whole suite runs in parallel. */
const SLOW = { timeout: 5000 };

const idle = { view: { phase: 'idle' as const }, onStart: vi.fn(), onCancel: vi.fn(), onDismiss: vi.fn() };

function Harness({
  database,
  store,
  onData,
  actions,
}: {
  database: SparkScoutDb;
  store: ReturnType<typeof createDashboardStore>;
  actions?: ShortlistActions;
  /** Hands the wiring's output to the test (to call an action the UI no longer offers). */
  onData?: (data: DashboardData) => void;
}) {
  const data = useDashboard({
    db: database,
    store,
    actions: actions ?? createShortlistActions(database, async () => {}),
  });
  onData?.(data);
  return <DashboardApp {...data} rescore={<RescorePanel {...idle} />} />;
}

const table = () => screen.getByRole('table', { name: 'Shortlisted videos' });

describe('the connected dashboard on a real (fake-indexeddb) database', () => {
  it('shows the shortlist, filters it, and writes a status change through to the database', async () => {
    const seeded = await seededDb(30);
    db = seeded.db;
    const store = createDashboardStore();
    render(<Harness database={seeded.db} store={store} />);
    await screen.findByText('30 videos', undefined, SLOW);

    await userEvent.click(screen.getByRole('button', { name: /^Rejected/ }));
    const rejected = seeded.data.entries.filter((e) => e.status === 'rejected').length;
    expect(screen.getByText(`${rejected} of 30 videos`)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /Clear filters/ }));

    const first = document.querySelector('.ss-table__body [role="row"][data-video-id]') as HTMLElement;
    const id = first.getAttribute('data-video-id')!;
    const select = within(first).getByRole('combobox');
    const status = (select as HTMLSelectElement).value === 'contacted' ? 'live' : 'contacted';
    await userEvent.selectOptions(select, status);
    await waitFor(async () => expect((await seeded.db.shortlist.get(id))?.status).toBe(status), SLOW);
    await waitFor(() => expect(select).toHaveValue(status), SLOW);
  });

  it('deletes selected rows and brings them back with Undo', async () => {
    const seeded = await seededDb(12);
    db = seeded.db;
    render(<Harness database={seeded.db} store={createDashboardStore()} />);
    await screen.findByText('12 videos', undefined, SLOW);
    const rows = document.querySelectorAll('.ss-table__body [role="row"]');
    await userEvent.click(within(rows[0] as HTMLElement).getByRole('checkbox'));
    await userEvent.click(within(rows[1] as HTMLElement).getByRole('checkbox'));
    await userEvent.click(screen.getByRole('button', { name: 'Delete 2' }));
    await screen.findByText('10 videos', undefined, SLOW);
    expect(await seeded.db.shortlist.count()).toBe(10);
    expect(screen.getByRole('status')).toHaveTextContent('2 videos deleted');
    // The Delete button left with the bulk bar: keyboard users land on Undo, not on <body>.
    expect(screen.getByRole('button', { name: 'Undo' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await screen.findByText('12 videos', undefined, SLOW);
    expect(await seeded.db.shortlist.count()).toBe(12);
    expect(table()).toHaveFocus();
  });

  it('says "Deleting 2 videos…" until the delete is written and only then offers Undo; "Restoring…" while undoing', async () => {
    const seeded = await seededDb(12);
    db = seeded.db;
    const real = createShortlistActions(seeded.db, async () => {});
    // Each write waits until the test lets it go, as 10,000 videos keep IndexedDB busy for seconds.
    let release = () => {};
    const held = () => new Promise<void>((go) => (release = go));
    const actions: ShortlistActions = {
      ...real,
      remove: (ids) => held().then(() => real.remove(ids)),
      undo: (payload) => held().then(() => real.undo(payload)),
    };
    render(<Harness database={seeded.db} store={createDashboardStore()} actions={actions} />);
    await screen.findByText('12 videos', undefined, SLOW);
    const rows = document.querySelectorAll('.ss-table__body [role="row"]');
    await userEvent.click(within(rows[0] as HTMLElement).getByRole('checkbox'));
    await userEvent.click(within(rows[1] as HTMLElement).getByRole('checkbox'));
    await userEvent.click(screen.getByRole('button', { name: 'Delete 2' }));
    expect(screen.getByRole('status')).toHaveTextContent('Deleting 2 videos…');
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
    act(() => release());
    await screen.findByText('2 videos deleted', undefined, SLOW);
    expect(screen.getByText('10 videos')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(screen.getByRole('status')).toHaveTextContent('Restoring 2 videos…');
    act(() => release());
    await screen.findByText('12 videos', undefined, SLOW);
    await waitFor(() => expect(screen.queryByRole('status')).toBeNull());
  });

  it('hides the bulk bar once the selected rows leave the view, and deleting nothing keeps the last undo', async () => {
    const seeded = await seededDb(12);
    db = seeded.db;
    const store = createDashboardStore();
    let data: DashboardData | undefined;
    render(<Harness database={seeded.db} store={store} onData={(d) => (data = d)} />);
    await screen.findByText('12 videos', undefined, SLOW);
    // An earlier delete that can still be undone.
    const first = document.querySelector('.ss-table__body [role="row"]') as HTMLElement;
    await userEvent.click(within(first).getByRole('checkbox'));
    await userEvent.click(screen.getByRole('button', { name: 'Delete 1' }));
    await screen.findByText('1 video deleted', undefined, SLOW);

    // Select two candidates under the Candidate filter, then make them contacted: they leave the view.
    await userEvent.click(screen.getByRole('button', { name: /^Candidate/ }));
    const shown = document.querySelectorAll('.ss-table__body [role="row"]');
    await userEvent.click(within(shown[0] as HTMLElement).getByRole('checkbox'));
    await userEvent.click(within(shown[1] as HTMLElement).getByRole('checkbox'));
    const bar = screen.getByRole('region', { name: 'Bulk actions' });
    await userEvent.selectOptions(
      within(bar).getByRole('combobox', { name: 'New status for 2 selected' }),
      'contacted',
    );
    await userEvent.click(within(bar).getByRole('button', { name: 'Set status' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Bulk actions' })).toBeNull(), SLOW);
    expect(screen.queryByRole('button', { name: /^Delete \d/ })).toBeNull();

    await act(() => data!.actions.remove([]));
    expect(screen.getByRole('status')).toHaveTextContent('1 video deleted');
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect(await seeded.db.shortlist.count()).toBe(12), SLOW);
  });

  it('opens the video in the route with its details', async () => {
    const seeded = await seededDb(5);
    db = seeded.db;
    const entry = seeded.data.entries[2]!;
    history.replaceState(null, '', `/dashboard.html#/video/${entry.videoId}`);
    render(<Harness database={seeded.db} store={createDashboardStore()} />);
    const panel = await screen.findByRole('complementary', { name: new RegExp(`@${entry.handle}`) }, SLOW);
    await within(panel).findByRole('heading', { name: 'Factors' }, SLOW);
    expect(within(panel).getByRole('combobox', { name: 'Status' })).toHaveValue(entry.status);
  });

  it('lists a corrupt record as one bad row and keeps the others', async () => {
    const seeded = await seededDb(4);
    db = seeded.db;
    await seeded.db.shortlist.put({ videoId: '7000000000000000001', status: 'bogus', handle: 'x' } as never);
    render(<Harness database={seeded.db} store={createDashboardStore()} />);
    await screen.findByText(/4 videos/, undefined, SLOW);
    expect(screen.getByText('Unreadable record')).toBeInTheDocument();
    expect(document.querySelector('.ss-toolbar__count')).toHaveTextContent('4 videos · 1 unreadable');
  });
});
