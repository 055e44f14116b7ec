import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import {
  CROWDED_WINDOW,
  DRAWER_WINDOW,
  NARROW_WINDOW,
  TIGHT_WINDOW,
  VideoTable,
  densityFor,
  type VideoTableProps,
} from '@/components/dashboard/video-table';
import { row, rows, withViewport } from './fixtures';

withViewport();

function renderTable(over: Partial<VideoTableProps> = {}) {
  const props: VideoTableProps = {
    rows: rows(20),
    bad: [],
    sort: { key: 'shortlistedAt', dir: 'desc' },
    onSort: vi.fn(),
    selected: new Set(),
    onToggle: vi.fn(),
    onSelectAll: vi.fn(),
    onOpen: vi.fn(),
    onStatusChange: vi.fn(),
    onDeleteBad: vi.fn(),
    activeId: null,
    empty: 'No videos match these filters.',
    ...over,
  };
  return { props, ...render(<VideoTable {...props} />) };
}

const bodyRows = () => document.querySelectorAll('.ss-table__body [role="row"]');

describe('the virtual shortlist table', () => {
  it('keeps at most 100 rows in the DOM for 10,000 videos', () => {
    renderTable({ rows: rows(10_000) });
    const n = bodyRows().length;
    expect(n).toBeGreaterThan(10);
    expect(n).toBeLessThanOrEqual(100);
    expect(screen.getByRole('table', { name: 'Shortlisted videos' })).toHaveAttribute('aria-rowcount', '10001');
  });

  it('drops the columns the detail panel repeats (likes, shortlisted, tags) while the panel is open', () => {
    const wideHeaders = () =>
      [...document.querySelectorAll('.ss-table__head .ss-cell--hide-compact')].map((c) =>
        c.textContent?.replace(/[↕↑↓]/g, ''),
      );
    const { rerender, props } = renderTable({ rows: rows(3) });
    const table = screen.getByRole('table');
    expect(table).not.toHaveClass('ss-table--compact');
    const full = table.style.getPropertyValue('--ss-grid');
    expect(wideHeaders()).toEqual(['Likes', 'Shortlisted', 'Tags']);

    rerender(<VideoTable {...props} activeId={props.rows[1]!.videoId} />);
    expect(table).toHaveClass('ss-table--compact');
    const compact = table.style.getPropertyValue('--ss-grid');
    expect(compact).not.toBe(full);
    // The compact grid has a track for every cell that stays: 11 columns less the 3 wide ones.
    expect(compact.replace(/minmax\([^)]*\)/g, 'm').split(' ')).toHaveLength(8);
    expect(full.replace(/minmax\([^)]*\)/g, 'm').split(' ')).toHaveLength(11);
    const first = bodyRows()[0]!;
    const kept = [...first.querySelectorAll('[role="cell"]:not(.ss-cell--hide-compact)')];
    expect(kept).toHaveLength(8);
  });

  it('uses fewer columns as the window narrows, and follows the window as it changes', () => {
    const listeners = new Set<() => void>();
    let width = 1000;
    const limits: Record<string, number> = {
      [TIGHT_WINDOW]: 900,
      [DRAWER_WINDOW]: 1095,
      [NARROW_WINDOW]: 1180,
      [CROWDED_WINDOW]: 1271,
    };
    vi.stubGlobal('matchMedia', (query: string) => ({
      get matches() {
        return width <= (limits[query] ?? -1);
      },
      addEventListener: (_: string, l: () => void) => listeners.add(l),
      removeEventListener: (_: string, l: () => void) => listeners.delete(l),
    }));
    const resize = (w: number) => {
      width = w;
      act(() => listeners.forEach((l) => l()));
    };
    const tracks = (t: HTMLElement) =>
      t.style
        .getPropertyValue('--ss-grid')
        .replace(/minmax\([^)]*\)/g, 'm')
        .split(' ');
    // The headers a stylesheet hides at the table's density (dashboard.css: .ss-table--compact / --tight).
    const hidden = (t: HTMLElement) =>
      [...t.querySelectorAll('.ss-table__head [role="columnheader"]')]
        .filter(
          (c) =>
            (t.classList.contains('ss-table--compact') && c.classList.contains('ss-cell--hide-compact')) ||
            (t.classList.contains('ss-table--tight') && c.classList.contains('ss-cell--hide-tight')),
        )
        .map((c) => c.textContent?.replace(/[↕↑↓]/g, ''));
    try {
      renderTable({ rows: rows(3) });
      const table = screen.getByRole('table');
      expect(table).toHaveClass('ss-table--compact');
      expect(table).not.toHaveClass('ss-table--tight');
      expect(tracks(table)).toHaveLength(8);
      expect(hidden(table)).toEqual(['Likes', 'Shortlisted', 'Tags']);

      // Half a laptop screen: Posted steps aside too and the caption may shrink further.
      resize(683);
      expect(table).toHaveClass('ss-table--compact', 'ss-table--tight');
      expect(tracks(table)).toHaveLength(7);
      expect(table.style.getPropertyValue('--ss-grid')).toContain('minmax(96px, 1fr)');
      expect(hidden(table)).toEqual(['Likes', 'Posted', 'Shortlisted', 'Tags']);
      const cells = [
        ...bodyRows()[0]!.querySelectorAll('[role="cell"]:not(.ss-cell--hide-compact):not(.ss-cell--hide-tight)'),
      ];
      expect(cells).toHaveLength(7);

      resize(1300);
      expect(table).not.toHaveClass('ss-table--compact');
      expect(table).not.toHaveClass('ss-table--tight');
      expect(tracks(table)).toHaveLength(11);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('picks the columns from the window and the detail panel (beside it, or over the table in a small window)', () => {
    // Steps: 0 ≤ 900 px, 1 ≤ 1,095 (the panel slides over the table), 2 ≤ 1,180, 3 ≤ 1,271, -1 wider.
    const closed = [0, 1, 2, 3, -1].map((step) => densityFor(step, false));
    const open = [0, 1, 2, 3, -1].map((step) => densityFor(step, true));
    expect(closed).toEqual(['tight', 'compact', 'compact', 'full', 'full']);
    expect(open).toEqual(['tight', 'compact', 'tight', 'tight', 'compact']);
  });

  it('renders rows further down when scrolled', () => {
    renderTable({ rows: rows(10_000) });
    const table = screen.getByRole('table');
    table.scrollTop = 40 * 5000;
    fireEvent.scroll(table);
    expect(screen.getByText('@creator_5000')).toBeInTheDocument();
    expect(screen.queryByText('@creator_0')).toBeNull();
  });

  it('shows each row’s score, creator, caption, counts, engagement and status', () => {
    renderTable({
      rows: [
        row(1, {
          score: 81.6,
          band: 'strong',
          views: 1_585_253,
          likes: 96_412,
          engagementRatePct: 6.63,
          tags: ['hero'],
        }),
      ],
    });
    const r = screen.getAllByRole('row')[1]!;
    const cells = within(r)
      .getAllByRole('cell')
      .map((c) => c.textContent);
    expect(cells).toEqual([
      '',
      expect.stringContaining('82'),
      '@creator_1',
      'Caption number 1 #ugc',
      '1.6M',
      '96.4K',
      '6.6%',
      expect.stringMatching(/2026/),
      expect.stringMatching(/2026/),
      expect.stringContaining('Candidate'),
      'hero',
    ]);
    expect(within(r).getByRole('combobox', { name: "Status of @creator_1's video" })).toHaveValue('candidate');
  });

  it('marks counts that are not exact with ≈ and spells out unknowns', () => {
    renderTable({
      rows: [
        row(1, { statsExact: false, views: 1_100_000, likes: null, engagementRatePct: null, score: null, band: null }),
      ],
    });
    const cells = within(screen.getAllByRole('row')[1]!).getAllByRole('cell');
    expect(cells[1]).toHaveTextContent('not scored');
    expect(cells[4]).toHaveTextContent('≈1.1M');
    expect(cells[5]).toHaveTextContent('—');
    expect(cells[6]).toHaveTextContent('—');
  });

  it('says which way the active column sorts and asks for a sort on a header click', async () => {
    const { props } = renderTable({ sort: { key: 'score', dir: 'desc' } });
    expect(screen.getByRole('columnheader', { name: /Score/ })).toHaveAttribute('aria-sort', 'descending');
    expect(screen.getByRole('columnheader', { name: /Views/ })).toHaveAttribute('aria-sort', 'none');
    await userEvent.click(screen.getByRole('button', { name: /Views/ }));
    expect(props.onSort).toHaveBeenCalledWith('views');
  });

  it('passes Shift on a checkbox click as a range selection', async () => {
    const { props } = renderTable();
    const user = userEvent.setup();
    await user.click(screen.getByRole('checkbox', { name: "Select @creator_2's video" }));
    expect(props.onToggle).toHaveBeenLastCalledWith(row(2).videoId, false);
    await user.keyboard('{Shift>}');
    await user.click(screen.getByRole('checkbox', { name: "Select @creator_5's video" }));
    await user.keyboard('{/Shift}');
    expect(props.onToggle).toHaveBeenLastCalledWith(row(5).videoId, true);
  });

  it('shows the select-all box as mixed when some shown rows are selected', () => {
    renderTable({ selected: new Set([row(1).videoId]) });
    const all = screen.getByRole('checkbox', { name: 'Select all 20 shown videos' }) as HTMLInputElement;
    expect(all.indeterminate).toBe(true);
    expect(all.checked).toBe(false);
  });

  it('opens a row’s details from a click on the row but not from its controls', async () => {
    const { props } = renderTable();
    await userEvent.click(screen.getByText('Caption number 3 #ugc'));
    expect(props.onOpen).toHaveBeenCalledWith(row(3).videoId);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: "Status of @creator_4's video" }), 'live');
    expect(props.onStatusChange).toHaveBeenCalledWith(row(4).videoId, 'live');
    expect(props.onOpen).toHaveBeenCalledTimes(1);
  });

  it('lists an unreadable record first with its reason while the other rows keep working', async () => {
    const { props } = renderTable({ bad: [{ id: '7000000000000000999', reason: 'status: Invalid option' }] });
    const first = screen.getAllByRole('row')[1]!;
    expect(first).toHaveTextContent('Unreadable record');
    expect(first).toHaveTextContent('status: Invalid option');
    await userEvent.click(within(first).getByRole('button', { name: 'Delete record' }));
    expect(props.onDeleteBad).toHaveBeenCalledWith('7000000000000000999');
    expect(screen.getByText('@creator_0')).toBeInTheDocument();
  });

  it('renders captions as text, never as markup', () => {
    renderTable({ rows: [row(1, { caption: '<img src=x onerror="alert(1)"> <b>bold</b>' })] });
    expect(document.querySelector('.ss-table img, .ss-table b')).toBeNull();
    expect(screen.getByText('<img src=x onerror="alert(1)"> <b>bold</b>')).toBeInTheDocument();
  });

  it('says why the table is empty', () => {
    renderTable({ rows: [] });
    expect(screen.getByText('No videos match these filters.')).toBeInTheDocument();
  });
});
