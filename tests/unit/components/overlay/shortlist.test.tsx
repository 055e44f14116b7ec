import './cleanup';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { makeResult, makeVideo, ready } from './fixtures';
import { renderCard } from './render-card';

describe('shortlisting from the card', () => {
  it('adds with tags and a note, then shows "Shortlisted"', async () => {
    const user = userEvent.setup();
    const { props } = renderCard();
    await user.click(screen.getByRole('button', { name: 'Tags and note' }));
    await user.type(screen.getByLabelText('Tags'), 'ugc, summer{Enter}  hooks ');
    await user.type(screen.getByLabelText('Note'), 'Ask for a 15 s cut');
    expect(within(screen.getByRole('list', { name: 'Tags added' })).getAllByRole('listitem')).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: 'Add to shortlist' }));
    // Enter made a chip, not a submit; the unconfirmed "hooks" still counts.
    expect(props.onShortlist).toHaveBeenCalledTimes(1);
    expect(props.onShortlist).toHaveBeenCalledWith({ tags: ['ugc', 'summer', 'hooks'], note: 'Ask for a 15 s cut' });
    expect(await screen.findByRole('button', { name: 'Shortlisted' })).toHaveAttribute('aria-disabled', 'true');
    expect(screen.queryByRole('button', { name: 'Add to shortlist' })).toBeNull();
  });

  it('adds without tags or note in one click', async () => {
    const { props } = renderCard();
    await userEvent.click(screen.getByRole('button', { name: 'Add to shortlist' }));
    expect(props.onShortlist).toHaveBeenCalledWith({ tags: [], note: '' });
    expect(await screen.findByRole('button', { name: 'Shortlisted' })).toBeInTheDocument();
  });

  it('removes a tag chip and drops duplicate tags', async () => {
    const user = userEvent.setup();
    const { props } = renderCard();
    await user.click(screen.getByRole('button', { name: 'Tags and note' }));
    await user.type(screen.getByLabelText('Tags'), 'UGC,ugc,beauty,');
    await user.click(screen.getByRole('button', { name: 'Remove tag beauty' }));
    expect(screen.getByLabelText('Tags')).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Add to shortlist' }));
    expect(props.onShortlist).toHaveBeenCalledWith({ tags: ['UGC'], note: '' });
  });

  it('moves focus into the tag field when "Tags and note" opens, so Enter makes a tag rather than saving', async () => {
    const user = userEvent.setup();
    const { props } = renderCard({ state: ready(makeVideo({ id: '7300000000000000101' })) });
    await user.click(screen.getByRole('button', { name: 'Tags and note' }));
    expect(screen.getByLabelText('Tags')).toHaveFocus();
    await user.keyboard('ugc{Enter}');
    expect(props.onShortlist).not.toHaveBeenCalled();
  });

  it('brings back unsaved tags and note when the card is opened again on the same video, not on another', async () => {
    const user = userEvent.setup();
    const video = makeVideo({ id: '7300000000000000102' });
    const first = renderCard({ state: ready(video) });
    await user.click(screen.getByRole('button', { name: 'Tags and note' }));
    await user.type(screen.getByLabelText('Tags'), 'ugc,half');
    await user.type(screen.getByLabelText('Note'), 'Ask for a cut');
    first.unmount(); // Escape, scrolled away or navigated
    renderCard({ state: ready(makeVideo({ id: '7300000000000000103' })) });
    expect(screen.queryByLabelText('Note')).toBeNull();
    cleanup();
    const again = renderCard({ state: ready(video) });
    expect(screen.getByLabelText('Note')).toHaveValue('Ask for a cut');
    expect(screen.getByLabelText('Tags')).toHaveValue('half');
    await user.click(screen.getByRole('button', { name: 'Add to shortlist' }));
    expect(again.props.onShortlist).toHaveBeenCalledWith({ tags: ['ugc', 'half'], note: 'Ask for a cut' });
    // Saved: nothing comes back any more.
    cleanup();
    renderCard({ state: ready(video) });
    expect(screen.queryByLabelText('Note')).toBeNull();
  });

  it('says when a tag was shortened to the limit instead of cutting it silently', async () => {
    const user = userEvent.setup();
    renderCard({ state: ready(makeVideo({ id: '7300000000000000104' })) });
    await user.click(screen.getByRole('button', { name: 'Tags and note' }));
    await user.type(screen.getByLabelText('Tags'), `${'z'.repeat(65)}{Enter}`);
    expect(screen.getByRole('status')).toHaveTextContent('A tag holds at most 60 characters');
    expect(within(screen.getByRole('list', { name: 'Tags added' })).getByRole('listitem')).toHaveTextContent(
      'z'.repeat(60),
    );
  });

  it('shows "Shortlisted" straight away for a video already in the shortlist', () => {
    renderCard({ shortlist: { shortlisted: true, creatorShortlistedCount: 1 } });
    expect(screen.getByRole('button', { name: 'Shortlisted' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add to shortlist' })).toBeNull();
  });

  it.each(['weak', 'ineligible'] as const)(
    'lets a %s video be shortlisted, saying its reasons are kept',
    async (band) => {
      const { props } = renderCard({ state: ready(makeVideo(), makeResult({ band, total: 31 })) });
      expect(screen.getByText(/its reasons are kept/)).toBeInTheDocument();
      await userEvent.click(screen.getByRole('button', { name: 'Add to shortlist' }));
      expect(props.onShortlist).toHaveBeenCalledTimes(1);
    },
  );

  it('offers no shortlist button for a video that could not be read', () => {
    renderCard({ state: { kind: 'error', reason: 'the video was deleted' } });
    expect(screen.queryByRole('button', { name: 'Add to shortlist' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Shortlisted' })).toBeNull();
  });

  it('offers no shortlist button while the video is still loading', () => {
    renderCard({ state: { kind: 'loading' } });
    expect(screen.queryByRole('button', { name: 'Add to shortlist' })).toBeNull();
  });

  it('keeps the button and says why when saving fails', async () => {
    const onShortlist = vi.fn(async () => {
      throw new Error('storage is full');
    });
    renderCard({ onShortlist });
    await userEvent.click(screen.getByRole('button', { name: 'Add to shortlist' }));
    expect(await screen.findByRole('alert')).toHaveTextContent("Couldn't add to shortlist: storage is full");
    expect(screen.getByRole('button', { name: 'Add to shortlist' })).toBeInTheDocument();
  });

  it('ignores a second press while the first save is in flight', async () => {
    let finish = () => {};
    const onShortlist = vi.fn(() => new Promise<void>((r) => (finish = r)));
    renderCard({ onShortlist });
    await userEvent.click(screen.getByRole('button', { name: 'Add to shortlist' }));
    await userEvent.click(screen.getByRole('button', { name: 'Adding…' }));
    expect(onShortlist).toHaveBeenCalledTimes(1);
    finish();
    expect(await screen.findByRole('button', { name: 'Shortlisted' })).toBeInTheDocument();
  });
});
