import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { AuthorizationPanelView, type AuthorizationPanelViewProps } from '@/components/ledger/authorization-panel-view';
import type { Authorization } from '@/lib/schemas/authorization';
import { CODE_A, CODE_B, DAY, NOW, TZ, VIDEO_A, VIDEO_B, fakeActions, makeAuth, video, videoMap } from './helpers';

const mia = video(VIDEO_A, 'glowwithmia');
const other = video(VIDEO_B, 'sam.cooks');

function renderPanel(authorizations: Authorization[], overrides: Partial<AuthorizationPanelViewProps> = {}) {
  const props: AuthorizationPanelViewProps = {
    video: mia,
    authorizations,
    videos: videoMap(mia, other),
    entries: [
      { videoId: VIDEO_A, handle: 'glowwithmia', status: 'code-received' },
      { videoId: VIDEO_B, handle: 'sam.cooks', status: 'candidate' },
    ],
    now: NOW,
    timeZone: TZ,
    actions: fakeActions(),
    ...overrides,
  };
  const { rerender } = render(<AuthorizationPanelView {...props} />);
  /** The same panel after the ledger changed, as the database's live query re-renders it. */
  const update = (next: Authorization[]) => rerender(<AuthorizationPanelView {...props} authorizations={next} />);
  return { ...props, update };
}

describe('the authorization panel of a video', () => {
  it('offers the add form when the video has no code yet and saves through the add action', async () => {
    const user = userEvent.setup();
    const { actions } = renderPanel([]);
    expect(screen.getByText('No authorization code for this video yet.')).toBeInTheDocument();
    await user.click(screen.getByLabelText('Authorization code'));
    await user.paste(` "${CODE_A}" `);
    await user.click(screen.getByRole('button', { name: 'Save code' }));
    expect(actions.add).toHaveBeenCalledWith(
      VIDEO_A,
      expect.objectContaining({ code: CODE_A, grantedDays: 30, grantedDate: '2026-11-20' }),
    );
  });

  it('shows the current code masked, with its expiry in plain words', () => {
    renderPanel([makeAuth({ expiresInDays: 12, campaignEndDate: '2026-12-10', adAccount: 'Brand US' })]);
    expect(screen.getByText('#Xy7Q••••Uw=')).toBeInTheDocument();
    expect(document.body.textContent).not.toContain(CODE_A);
    expect(screen.getByText(/^Expires in 12 days \(Wed, Dec 2, 2026\)$/)).toBeInTheDocument();
    expect(screen.getByText('Brand US')).toBeInTheDocument();
    expect(screen.getByText('Thu, Dec 10, 2026')).toBeInTheDocument();
  });

  it('makes the current code obvious in the history of renewals', () => {
    const old = makeAuth({ code: CODE_B, expiresInDays: -5, current: false, createdAt: NOW - 40 * DAY });
    const current = makeAuth({ expiresInDays: 25, createdAt: NOW - 5 * DAY });
    const replaced = { ...old, supersededBy: current.id };
    renderPanel([replaced, current]);
    const history = screen.getByRole('region', { name: 'Code history' });
    const items = within(history).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveAttribute('aria-current', 'true');
    expect(items[0]).toHaveTextContent(/^Current #Xy7Q/);
    expect(items[0]).toHaveTextContent('Expires in 25 days');
    expect(items[1]).not.toHaveAttribute('aria-current');
    expect(items[1]).toHaveTextContent(/^Replaced #Qa1W/);
    expect(items[1]).toHaveTextContent('Expired 5 days ago');
  });

  it('warns when the code expires before the campaign ends', () => {
    renderPanel([makeAuth({ expiresInDays: 3, campaignEndDate: '2026-11-30' })]);
    expect(within(screen.getByRole('list', { name: 'Warnings' })).getByRole('listitem')).toHaveTextContent(
      'The code expires on Mon, Nov 23, 2026, 7 days before the campaign ends.',
    );
  });

  it('warns when the same code is saved on another video, naming it', () => {
    renderPanel([makeAuth(), makeAuth({ videoId: VIDEO_B })]);
    expect(screen.getByRole('list', { name: 'Warnings' })).toHaveTextContent(
      `saved on 2 different videos. A code works for one video only. Also on: @sam.cooks (video ${VIDEO_B}).`,
    );
  });

  it("warns when the creator's live campaign rests on this one video", () => {
    renderPanel([makeAuth({ status: 'in-use' })], {
      entries: [
        { videoId: VIDEO_A, handle: 'glowwithmia', status: 'live' },
        { videoId: '7606836476323597601', handle: 'glowwithmia', status: 'candidate' },
      ],
    });
    expect(screen.getByRole('list', { name: 'Warnings' })).toHaveTextContent(
      "@glowwithmia's live campaign rests on one video; 1 other shortlisted video could back it up.",
    );
  });

  it('copies a renewal request naming the video, the current expiry and a longer duration, and shows it too', async () => {
    const user = userEvent.setup();
    renderPanel([makeAuth({ expiresInDays: 4 })]);
    await user.click(screen.getByText('Ask the creator for a renewal'));
    await user.click(screen.getByRole('button', { name: 'Copy renewal request' }));
    const copied = await navigator.clipboard.readText();
    expect(copied).toMatch(/^Hi @glowwithmia,/);
    expect(copied).toContain('expires on Tuesday, November 24, 2026');
    expect(copied).toContain('for 60 days?');
    expect(copied).toContain(`Video: https://www.tiktok.com/@glowwithmia/video/${VIDEO_A}`);
    expect(screen.getByLabelText('Renewal request message')).toHaveValue(copied);
    expect(screen.getByText('Copied: paste it in your DM or email.')).toBeInTheDocument();
  });

  it('still shows the renewal text when the clipboard is refused, and follows the chosen duration', async () => {
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('denied', 'NotAllowedError'));
    renderPanel([makeAuth()]);
    await user.click(screen.getByText('Ask the creator for a renewal'));
    await user.selectOptions(screen.getByLabelText('Ask for'), '365 days (1 year)');
    await user.click(screen.getByRole('button', { name: 'Copy renewal request' }));
    expect(screen.getByText('The browser blocked copying: select the message above and copy it.')).toBeInTheDocument();
    expect((screen.getByLabelText('Renewal request message') as HTMLTextAreaElement).value).toContain(
      'for 365 days (one year)?',
    );
  });

  it('records a renewal request and a renewed code through the actions', async () => {
    const user = userEvent.setup();
    const current = makeAuth({ grantedDays: 30, campaignEndDate: '2027-01-31' });
    const { actions } = renderPanel([current]);
    await user.click(screen.getByText('Ask the creator for a renewal'));
    await user.click(screen.getByRole('button', { name: 'Mark renewal as requested' }));
    expect(actions.requestRenewal).toHaveBeenCalledWith(VIDEO_A, 60);

    await user.click(screen.getByRole('button', { name: 'Add renewed code' }));
    const form = screen.getByRole('form', { name: 'New code (renewal)' });
    expect(within(form).getByLabelText('Campaign ends (optional)')).toHaveValue('2027-01-31');
    await user.click(within(form).getByLabelText('Authorization code'));
    await user.paste(CODE_B);
    await user.click(within(form).getByRole('button', { name: 'Save new code' }));
    expect(actions.renew).toHaveBeenCalledWith(
      VIDEO_A,
      expect.objectContaining({ code: CODE_B, grantedDays: 60, campaignEndDate: '2027-01-31' }),
    );
    expect(screen.queryByRole('form', { name: 'New code (renewal)' })).toBeNull();
  });

  it('warns when the renewed code is the one the video already has', async () => {
    const user = userEvent.setup();
    renderPanel([makeAuth()]);
    await user.click(screen.getByRole('button', { name: 'Add renewed code' }));
    const form = screen.getByRole('form', { name: 'New code (renewal)' });
    await user.click(within(form).getByLabelText('Authorization code'));
    await user.paste(CODE_A.slice(1));
    expect(within(form).getByText(/^This is the code this video already has\./)).toBeInTheDocument();
    await user.clear(within(form).getByLabelText('Authorization code'));
    await user.paste(CODE_B);
    expect(within(form).queryByText(/already has/)).toBeNull();
  });

  it('does not call the code being edited a repeat of itself', async () => {
    const user = userEvent.setup();
    renderPanel([makeAuth()]);
    await user.click(screen.getByRole('button', { name: 'Edit' }));
    expect(screen.getByLabelText('Authorization code')).toHaveValue(CODE_A);
    expect(screen.queryByText(/already has/)).toBeNull();
  });

  it('starts the renewal box afresh when the renewed code arrives', async () => {
    const user = userEvent.setup();
    const first = makeAuth({ grantedDays: 30 });
    const { update } = renderPanel([first]);
    await user.click(screen.getByText('Ask the creator for a renewal'));
    expect(screen.getByLabelText('Ask for')).toHaveValue('60');
    await user.click(screen.getByRole('button', { name: 'Mark renewal as requested' }));
    expect(await screen.findByText(/Renewal for 60 days marked as requested\./)).toBeInTheDocument();

    const renewed = makeAuth({ code: CODE_B, grantedDays: 60, expiresInDays: 60, createdAt: NOW });
    update([{ ...first, supersededBy: renewed.id, current: false }, renewed]);
    expect(screen.getByLabelText('Ask for')).toHaveValue('365');
    expect(screen.queryByText(/marked as requested/)).toBeNull();
  });

  it('names the duration of a pending renewal once, without nested parentheses', () => {
    const current = makeAuth({ grantedDays: 60, createdAt: NOW - 2 * DAY });
    const pending = makeAuth({
      code: null,
      status: 'requested',
      requestedDays: 365,
      grantedAt: null,
      grantedDays: null,
      expiresAt: null,
      current: false,
      createdAt: NOW - DAY,
    });
    renderPanel([current, pending]);
    expect(
      screen.getByText(/^Renewal requested for 365 days \(1 year\): add the new code with “Add renewed code”/),
    ).toBeInTheDocument();
  });

  it("offers the statuses a person sets, not the clock's Expiring, in the status menus", async () => {
    const user = userEvent.setup();
    // An import from an earlier build stored the derived "expiring": the menu shows what it means, Received.
    renderPanel([makeAuth({ status: 'expiring' })]);
    const choices = (select: HTMLElement) =>
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent);
    const quick = screen.getByLabelText('Change status');
    expect(choices(quick)).toEqual(['Requested', 'Received', 'In use', 'Expired', 'Revoked']);
    expect(quick).toHaveValue('received');
    await user.click(screen.getByRole('button', { name: 'Edit' }));
    expect(choices(within(screen.getByRole('form', { name: 'Edit code' })).getByLabelText('Status'))).toEqual([
      'Requested',
      'Received',
      'In use',
      'Expired',
      'Revoked',
    ]);
  });

  it('changes the status of the current code in one step', async () => {
    const user = userEvent.setup();
    const current = makeAuth();
    const { actions } = renderPanel([current]);
    await user.selectOptions(screen.getByLabelText('Change status'), 'In use');
    expect(actions.setStatus).toHaveBeenCalledWith(current.id, 'in-use');
  });

  it('says a code in its last week is expiring, and an in-use one still in use', () => {
    renderPanel([makeAuth({ expiresInDays: 1, status: 'in-use' })]);
    expect(screen.getByText('In use', { selector: '.ss-current .ss-auth-status' })).toBeInTheDocument();
    expect(screen.getByText('Expiring', { selector: '.ss-current .ss-auth-status' })).toBeInTheDocument();
    expect(screen.getByText(/^Expires tomorrow at 12:00\sPM \(Sat, Nov 21, 2026\)$/)).toBeInTheDocument();
  });
});

describe('the authorization panel when a write fails', () => {
  it('says the status was not saved', async () => {
    const user = userEvent.setup();
    const actions = fakeActions();
    actions.setStatus.mockRejectedValue(new Error('That code no longer exists (deleted in another tab?).'));
    renderPanel([makeAuth()], { actions });
    await user.selectOptions(screen.getByLabelText('Change status'), 'Revoked');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The status was not saved: That code no longer exists (deleted in another tab?).',
    );
  });
});
