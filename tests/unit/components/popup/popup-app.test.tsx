import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { PopupApp, type PopupAppProps } from '@/components/popup/popup-app';
import type { PopupRow } from '@/components/popup/popup-row';

const row = (i: number, over: Partial<PopupRow> = {}): PopupRow => ({
  videoId: `70000000000000000${10 + i}`,
  handle: `creator_${i}`,
  caption: `Caption ${i}`,
  score: 60 + i,
  band: 'maybe',
  status: 'candidate',
  ...over,
});

const COUNTS = { candidate: 5, contacted: 2, 'code-received': 1, live: 3, expired: 0, rejected: 4 };

function renderPopup(over: Partial<PopupAppProps> = {}) {
  const props: PopupAppProps = {
    rows: [row(1), row(2, { band: 'strong', score: 88.4, status: 'live' })],
    counts: COUNTS,
    query: '',
    onQueryChange: vi.fn(),
    onStatusChange: vi.fn(),
    onOpenDashboard: vi.fn(),
    ...over,
  };
  return { props, ...render(<PopupApp {...props} />) };
}

describe('the popup', () => {
  it('counts the shortlist by status', () => {
    renderPopup();
    const counts = screen.getByLabelText('Shortlist by status');
    const text = [...counts.querySelectorAll('div')].map((d) => d.textContent);
    expect(text).toEqual(['Candidate5', 'Contacted2', 'Code received1', 'Live3', 'Expired0', 'Rejected4']);
  });

  it('lists recent videos as compact rows: score, band, handle and status', () => {
    renderPopup();
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[1]).toHaveTextContent('88');
    expect(within(items[1]!).getByTitle('Strong: 88 of 100')).toBeInTheDocument();
    expect(items[1]).toHaveTextContent('@creator_2');
    expect(within(items[1]!).getByRole('combobox', { name: "Status of @creator_2's video" })).toHaveValue('live');
  });

  it('changes a status in place', async () => {
    const { props } = renderPopup();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: "Status of @creator_1's video" }), 'contacted');
    expect(props.onStatusChange).toHaveBeenCalledWith(row(1).videoId, 'contacted');
  });

  it('opens the dashboard, or the dashboard on one video', async () => {
    const { props } = renderPopup();
    await userEvent.click(screen.getByRole('button', { name: 'Open dashboard' }));
    expect(props.onOpenDashboard).toHaveBeenCalledWith();
    await userEvent.click(screen.getByRole('button', { name: /@creator_1/ }));
    expect(props.onOpenDashboard).toHaveBeenLastCalledWith(row(1).videoId);
  });

  it('passes the search text up and titles the list as matches', async () => {
    const { props, rerender } = renderPopup();
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search the shortlist' }), 'g');
    expect(props.onQueryChange).toHaveBeenCalledWith('g');
    rerender(<PopupApp {...props} query="glow" rows={[row(3)]} matchCount={45} />);
    expect(screen.getByRole('heading', { name: 'Matches (45)' })).toBeInTheDocument();
    expect(screen.getByText('Showing 1 of 45. Open the dashboard for all.')).toBeInTheDocument();
  });

  it('groups the digits of large match counts, as everywhere else in the UI', () => {
    renderPopup({ query: 'ugc', rows: [row(1), row(2), row(3), row(4), row(5)], matchCount: 12_345 });
    expect(screen.getByRole('heading', { name: 'Matches (12,345)' })).toBeInTheDocument();
    expect(screen.getByText('Showing 5 of 12,345. Open the dashboard for all.')).toBeInTheDocument();
  });

  it('says when nothing is shortlisted yet, and when nothing matches', () => {
    const { rerender, props } = renderPopup({
      rows: [],
      counts: { ...COUNTS, candidate: 0, contacted: 0, 'code-received': 0, live: 0, rejected: 0 },
    });
    expect(screen.getByText(/Nothing shortlisted yet/)).toBeInTheDocument();
    rerender(<PopupApp {...props} query="zzz" matchCount={0} />);
    expect(screen.getByText('Nothing matches.')).toBeInTheDocument();
  });

  it('shows loading until the rows arrive', () => {
    renderPopup({ rows: undefined, counts: undefined });
    expect(screen.getByRole('status')).toHaveTextContent('Loading');
  });

  it('counts unreadable records and points to the dashboard for them', () => {
    renderPopup({
      bad: [
        { id: '1', reason: 'x' },
        { id: '2', reason: 'y' },
      ],
    });
    expect(screen.getByRole('note')).toHaveTextContent(
      '2 records could not be read and are not in the counts above. The dashboard lists them with the reasons.',
    );
  });

  it('speaks of one unreadable record in the singular', () => {
    renderPopup({ bad: [{ id: '1', reason: 'x' }] });
    expect(screen.getByRole('note')).toHaveTextContent(
      '1 record could not be read and is not in the counts above. The dashboard shows it with the reason.',
    );
  });

  it('renders captions as text only', () => {
    renderPopup({ rows: [row(1, { caption: '<script>alert(1)</script>' })] });
    expect(screen.getByText('<script>alert(1)</script>')).toBeInTheDocument();
    expect(document.querySelector('.ss-popup script')).toBeNull();
  });
});
