import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { LedgerTable } from '@/components/dashboard/ledger/ledger-table';
import type { Authorization } from '@/lib/schemas/authorization';
import type { LedgerData } from '@/lib/ui/ledger-data';
import { ledgerRows } from '@/lib/ui/ledger-rows';
import { CODE_A, CODE_B, CODE_C, NOW, TZ, VIDEO_A, VIDEO_B, VIDEO_C, makeAuth, video, videoMap } from './helpers';

const VIDEOS = videoMap(video(VIDEO_A, 'glowwithmia'), video(VIDEO_B, 'sam.cooks'), video(VIDEO_C, 'runwithjo'));

function data(authorizations: Authorization[]): LedgerData {
  return { authorizations, videos: VIDEOS, entries: [], bad: [] };
}

function renderTable(
  authorizations: Authorization[],
  opts: { includeReplaced?: boolean; onOpenVideo?: (id: string) => void; activeVideoId?: string } = {},
) {
  const includeReplaced = opts.includeReplaced ?? false;
  return render(
    <LedgerTable
      rows={ledgerRows(data(authorizations), { now: NOW, timeZone: TZ, includeReplaced })}
      now={NOW}
      timeZone={TZ}
      includeReplaced={includeReplaced}
      onIncludeReplacedChange={() => {}}
      onOpenVideo={opts.onOpenVideo}
      activeVideoId={opts.activeVideoId}
    />,
  );
}

const bodyRows = () => within(screen.getByRole('table')).getAllByRole('row').slice(1);
const rowNames = () => bodyRows().map((r) => within(r).getByRole('rowheader').textContent);

// Three codes in a deliberately unsorted order: one expires tomorrow, one lapsed three days ago, one is a month off.
const tomorrow = makeAuth({ videoId: VIDEO_A, code: CODE_A, expiresInDays: 1 });
const lapsed = makeAuth({ videoId: VIDEO_B, code: CODE_B, expiresInDays: -3, status: 'in-use' });
const later = makeAuth({ videoId: VIDEO_C, code: CODE_C, expiresInDays: 40, status: 'in-use' });
const requested = makeAuth({
  videoId: '7606836476323597611',
  code: null,
  grantedAt: null,
  grantedDays: null,
  expiresAt: null,
  status: 'requested',
});

describe('the ledger table', () => {
  it('lists running codes soonest expiry first and requested ones after them, then the codes that ended', () => {
    renderTable([later, requested, tomorrow, lapsed]);
    expect(rowNames()).toEqual(['@glowwithmia', '@runwithjo', 'video 7606836476323597611', '@sam.cooks']);
  });

  it('lists ended codes most recently ended first, so old ones do not bury today’s', () => {
    const longGone = makeAuth({ videoId: '7606836476323597612', expiresInDays: -235 });
    const revoked = makeAuth({ videoId: '7606836476323597613', expiresInDays: 10, status: 'revoked' });
    renderTable([longGone, lapsed, later, revoked, tomorrow]);
    expect(rowNames()).toEqual([
      '@glowwithmia',
      '@runwithjo',
      'video 7606836476323597613',
      '@sam.cooks',
      'video 7606836476323597612',
    ]);
    expect(screen.getByRole('columnheader', { name: 'Expiry' })).toHaveAttribute('aria-sort', 'other');
  });

  it('marks the code of the video open in the detail panel as the current row', () => {
    renderTable([later, tomorrow, lapsed], { activeVideoId: VIDEO_A });
    const current = bodyRows().filter((r) => r.getAttribute('aria-current') === 'true');
    expect(current.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(['@glowwithmia']);
  });

  it('says how many days are left the way a person would', () => {
    renderTable([later, tomorrow, lapsed, requested]);
    const [first, second, third, fourth] = bodyRows();
    expect(first).toHaveTextContent(/Expires tomorrow at 12:00\sPM \(Sat, Nov 21, 2026\)/);
    expect(second).toHaveTextContent('Expires in 40 days (Wed, Dec 30, 2026)');
    expect(third).toHaveTextContent('Code requested, not received yet');
    expect(fourth).toHaveTextContent('Expired 3 days ago (Tue, Nov 17, 2026)');
  });

  it('derives each status from the clock: expired past the expiry, expiring in the last week', () => {
    renderTable([later, tomorrow, lapsed]);
    expect(bodyRows().map((r) => r.getAttribute('data-status'))).toEqual(['expiring', 'in-use', 'expired']);
  });

  it('filters by status and shows the count on each choice', async () => {
    const user = userEvent.setup();
    renderTable([later, tomorrow, lapsed, requested]);
    const filter = screen.getByRole('group', { name: 'Filter by status' });
    expect(within(filter).getByRole('button', { name: 'All 4' })).toHaveAttribute('aria-pressed', 'true');
    await user.click(within(filter).getByRole('button', { name: 'Expiring 1' }));
    expect(rowNames()).toEqual(['@glowwithmia']);
    await user.click(within(filter).getByRole('button', { name: 'Expired 1' }));
    expect(rowNames()).toEqual(['@sam.cooks']);
    await user.click(within(filter).getByRole('button', { name: 'Revoked 0' }));
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByText('No revoked codes.')).toBeInTheDocument();
    await user.click(within(filter).getByRole('button', { name: 'All 4' }));
    expect(bodyRows()).toHaveLength(4);
  });

  it('keeps an in-use code in its last week under "In use" and "Expiring", with both pills', async () => {
    const user = userEvent.setup();
    const running = makeAuth({ videoId: VIDEO_B, code: CODE_B, expiresInDays: 3, status: 'in-use' });
    renderTable([running, tomorrow, later]);
    const filter = screen.getByRole('group', { name: 'Filter by status' });
    const row = bodyRows().find((r) => within(r).getByRole('rowheader').textContent === '@sam.cooks')!;
    expect(row).toHaveAttribute('data-status', 'in-use');
    expect(row).toHaveTextContent('In use Expiring');
    expect(row).toHaveTextContent('Expires in 3 days');
    await user.click(within(filter).getByRole('button', { name: 'In use 2' }));
    expect(rowNames()).toEqual(['@sam.cooks', '@runwithjo']);
    await user.click(within(filter).getByRole('button', { name: 'Expiring 2' }));
    expect(rowNames()).toEqual(['@glowwithmia', '@sam.cooks']);
    // A received code in its last week is only "Expiring", as before.
    expect(within(filter).getByRole('button', { name: 'Received 0' })).toBeInTheDocument();
  });

  it('keeps every code masked until its own Reveal is pressed', async () => {
    const user = userEvent.setup();
    renderTable([tomorrow, later]);
    const text = document.body.textContent ?? '';
    expect(text).not.toContain(CODE_A);
    expect(text).not.toContain(CODE_C);
    await user.click(screen.getByRole('button', { name: 'Reveal code for @glowwithmia' }));
    expect(bodyRows()[0]).toHaveTextContent(CODE_A);
    expect(document.body.textContent).not.toContain(CODE_C);
  });

  it("links each row to the video's detail route, or hands the id to the dashboard", async () => {
    const user = userEvent.setup();
    const onOpenVideo = vi.fn();
    renderTable([tomorrow], { onOpenVideo });
    const link = screen.getByRole('link', { name: `Open @glowwithmia's video ${VIDEO_A}` });
    expect(link).toHaveAttribute('href', `#/video/${VIDEO_A}`);
    await user.click(link);
    expect(onOpenVideo).toHaveBeenCalledWith(VIDEO_A);
  });

  it('copies the renewal request of a row and opens it for editing', async () => {
    const user = userEvent.setup();
    renderTable([tomorrow, later]);
    await user.click(screen.getByRole('button', { name: 'Copy renewal request for @glowwithmia' }));
    const copied = await navigator.clipboard.readText();
    expect(copied).toMatch(/^Hi @glowwithmia,/);
    expect(copied).toContain('expires on Saturday, November 21, 2026');
    expect(copied).toContain(`Video: https://www.tiktok.com/@glowwithmia/video/${VIDEO_A}`);
    expect(screen.getByLabelText('Renewal request message')).toHaveValue(copied);
    expect(screen.getByText('Copied: paste it in your DM or email.')).toBeInTheDocument();
  });

  it('hides codes a renewal replaced unless asked, and marks them', () => {
    const replaced = makeAuth({
      videoId: VIDEO_A,
      code: CODE_B,
      expiresInDays: -2,
      current: false,
      supersededBy: tomorrow.id,
    });
    const latestOnly = renderTable([tomorrow, replaced]);
    expect(rowNames()).toEqual(['@glowwithmia']);
    latestOnly.unmount();
    renderTable([tomorrow, replaced], { includeReplaced: true });
    expect(rowNames()).toEqual(['@glowwithmia', '@glowwithmia (replaced)']);
    expect(screen.getAllByRole('button', { name: /Copy renewal request/ })).toHaveLength(1);
  });

  it('flags a code that expires before its campaign ends on its row', () => {
    renderTable([{ ...tomorrow, campaignEndDate: '2026-11-25' }, later]);
    expect(within(bodyRows()[0]!).getByRole('list', { name: 'Warnings for @glowwithmia' })).toHaveTextContent(
      'The code expires on Sat, Nov 21, 2026, 4 days before the campaign ends.',
    );
    expect(within(bodyRows()[1]!).queryByRole('list')).toBeNull();
  });
});
