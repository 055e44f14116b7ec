import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AuthorizationPanel } from '@/components/ledger/authorization-panel';
import { LedgerTab } from '@/components/dashboard/ledger/ledger-tab';
import { addAuthorization, appDb, shortlistVideo } from '@/lib/db';
import { onMessage } from '@/lib/messaging';
import { makeVideo } from '../../../fixtures/db/generate';
import { CODE_A, CODE_B, NOW, TZ, makeAuth } from './helpers';

// The connected components read the page's own database (fake-indexeddb here) through lib/ui's live queries.
const mia = makeVideo(1, undefined, NOW, 'glowwithmia');
const sam = makeVideo(2, undefined, NOW, 'sam.cooks');

// The background's side of "the ledger changed, re-sync the reminders": counted, so a test can check it was told.
let resyncs = 0;
let stopListening: (() => void) | undefined;
beforeEach(() => {
  resyncs = 0;
  stopListening = onMessage('ledger:changed', () => {
    resyncs++;
    return { ok: true, data: { resynced: true } };
  });
});
afterEach(() => stopListening?.());

beforeEach(async () => {
  const db = appDb();
  await Promise.all(db.tables.map((t) => t.clear()));
  await shortlistVideo(db, { video: mia, score: null });
  await shortlistVideo(db, { video: sam, score: null });
});

describe('the ledger wired to the database', () => {
  it('lists stored codes with their creators and follows new ones live', async () => {
    await addAuthorization(appDb(), makeAuth({ videoId: mia.id, code: CODE_A, expiresInDays: 1 }));
    render(<LedgerTab now={NOW} timeZone={TZ} />);
    const link = await screen.findByRole('link', { name: `Open @glowwithmia's video ${mia.id}` });
    expect(link.closest('tr')).toHaveTextContent('Expires tomorrow');
    await addAuthorization(appDb(), makeAuth({ videoId: sam.id, code: CODE_B, expiresInDays: -3 }));
    const samLink = await screen.findByRole('link', { name: `Open @sam.cooks's video ${sam.id}` });
    expect(samLink.closest('tr')).toHaveTextContent('Expired 3 days ago');
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    // The running code first, the one that ended after it.
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(['@glowwithmia', '@sam.cooks']);
  });

  it("adds a code from a video's panel and shows it as current, masked", async () => {
    const user = userEvent.setup();
    render(<AuthorizationPanel videoId={mia.id} now={NOW} timeZone={TZ} />);
    await user.click(await screen.findByLabelText('Authorization code'));
    await user.paste(`"${CODE_A}"`);
    await user.click(screen.getByRole('button', { name: 'Save code' }));
    expect(await screen.findByText('#Xy7Q••••Uw=')).toBeInTheDocument();
    expect(screen.getByText(/^Expires in 30 days/)).toBeInTheDocument();
    expect(screen.queryByLabelText('Authorization code')).toBeNull();
    expect(resyncs).toBe(1);
  });

  it("warns in a video's panel about its code already saved on another video", async () => {
    await addAuthorization(appDb(), makeAuth({ videoId: sam.id, code: CODE_A }));
    await addAuthorization(appDb(), makeAuth({ videoId: mia.id, code: CODE_A }));
    render(<AuthorizationPanel videoId={mia.id} now={NOW} timeZone={TZ} />);
    expect(await screen.findByRole('list', { name: 'Warnings' })).toHaveTextContent(
      `Also on: @sam.cooks (video ${sam.id}).`,
    );
  });
});
