import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { DetailPanel, type DetailPanelProps } from '@/components/dashboard/detail-panel';
import type { DetailData } from '@/components/dashboard/types';
import type { ShortlistEntry, StatsSnapshot } from '@/lib/schemas/shortlist';
import { makeResult, makeVideo } from '../overlay/fixtures';

const DAY = 86_400_000;
const video = makeVideo({ caption: 'Fold it <b>like this</b> #laundry' });
const entry: ShortlistEntry = {
  videoId: video.id,
  status: 'contacted',
  tags: ['ugc'],
  note: 'Ask for a 20 s cut',
  objective: 'awareness',
  handle: video.author.handle,
  shortlistedAt: Date.UTC(2026, 9, 1),
  updatedAt: Date.UTC(2026, 9, 1),
  statusUpdatedAt: Date.UTC(2026, 9, 1),
  noteUpdatedAt: Date.UTC(2026, 9, 1),
  tagsUpdatedAt: Date.UTC(2026, 9, 1),
};
const snap = (day: number, views: number): StatsSnapshot => ({
  videoId: video.id,
  capturedAt: Date.UTC(2026, 9, 1) + day * DAY,
  views,
  likes: 1000 + day,
  comments: 10,
  shares: 5,
  saves: null,
  exact: true,
});

function renderPanel(detail: DetailData, over: Partial<DetailPanelProps> = {}) {
  const props: DetailPanelProps = {
    detail,
    actions: { setStatus: vi.fn(async () => {}), setTags: vi.fn(async () => {}), setNote: vi.fn(async () => {}) },
    onClose: vi.fn(),
    onError: vi.fn(),
    ...over,
  };
  return { props, ...render(<DetailPanel {...props} />) };
}

const ready = (over: Partial<Extract<DetailData, { kind: 'ready' }>> = {}): DetailData => ({
  kind: 'ready',
  entry,
  video,
  score: makeResult(),
  snapshots: [snap(0, 10_000), snap(3, 14_500)],
  ...over,
});

describe('the detail panel', () => {
  it('shows the score breakdown, caption, hook, policy, stats and history', () => {
    renderPanel(ready());
    const panel = screen.getByRole('complementary', { name: /@maker\.jo/ });
    expect(within(panel).getByLabelText(/^Score \d+ of 100$/)).toBeInTheDocument();
    for (const title of [
      'Outreach',
      'Caption',
      'Hook',
      'Factors',
      'Eligibility and policy',
      'Stats history',
      'Stats',
    ]) {
      expect(within(panel).getByRole('heading', { name: title })).toBeInTheDocument();
    }
    expect(within(panel).getByRole('img', { name: /Views from 10,000 on .* to 14,500 on/ })).toBeInTheDocument();
    expect(within(panel).getByText('+4,500')).toBeInTheDocument();
  });

  it('shows the engagement rate of the stats beside it, not the one the score was made with', () => {
    // The card saved a fresher reading since the last scoring: (1,100,000 + 2,031 + 977) ÷ 1,585,253 = 69.6%.
    renderPanel(ready({ score: { ...makeResult(), engagementRatePct: 5 } }));
    const panel = screen.getByRole('complementary', { name: /@maker\.jo/ });
    expect(within(panel).getByText(/69\.6%/)).toBeInTheDocument();
    expect(within(panel).queryByText(/^≈?5\.0%/)).toBeNull();
  });

  it('renders the caption as text, never markup', () => {
    renderPanel(ready());
    expect(screen.getByText('Fold it <b>like this</b> #laundry')).toBeInTheDocument();
    expect(document.querySelector('.ss-detail b')).toBeNull();
  });

  it('links to the video and to the creator’s profile', () => {
    renderPanel(ready());
    expect(screen.getByRole('link', { name: 'Open video on TikTok' })).toHaveAttribute('href', video.url);
    expect(screen.getByRole('link', { name: 'Creator profile' })).toHaveAttribute(
      'href',
      'https://www.tiktok.com/@maker.jo',
    );
  });

  it('shows comment insights when there are some', () => {
    renderPanel(
      ready({
        insights: {
          sampleSize: 40,
          positiveShare: 0.5,
          negativeShare: 0.1,
          purchaseIntentCount: 2,
          topPurchaseIntent: [{ text: 'where to buy?', likes: 12 }],
        },
      }),
    );
    expect(screen.getByRole('heading', { name: 'Comments' })).toBeInTheDocument();
    expect(screen.getByText('where to buy?')).toBeInTheDocument();
  });

  it('edits the status, the tags and the note', async () => {
    const { props } = renderPanel(ready());
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'live');
    expect(props.actions.setStatus).toHaveBeenCalledWith([video.id], 'live');
    await userEvent.type(screen.getByRole('textbox', { name: 'Tags' }), 'hero{Enter}');
    expect(props.actions.setTags).toHaveBeenCalledWith(video.id, ['ugc'], ['ugc', 'hero']);
    const note = screen.getByRole('textbox', { name: 'Note' });
    expect(screen.getByRole('button', { name: 'Save note' })).toBeDisabled();
    await userEvent.clear(note);
    await userEvent.type(note, 'Sent the brief');
    expect(screen.getByText('Unsaved changes')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Save note' }));
    expect(props.actions.setNote).toHaveBeenCalledWith(video.id, 'Sent the brief');
  });

  it('shows what the wiring adds for the video after the outreach fields', () => {
    renderPanel(ready(), { authorization: (id) => <p>Authorization of {id}</p> });
    expect(screen.getByText(`Authorization of ${video.id}`)).toBeInTheDocument();
  });

  it('closes on Escape and from its close button', async () => {
    const { props } = renderPanel(ready());
    await userEvent.keyboard('{Escape}');
    expect(props.onClose).toHaveBeenCalledTimes(1);
    await userEvent.click(screen.getByRole('button', { name: 'Close details' }));
    expect(props.onClose).toHaveBeenCalledTimes(2);
  });

  it('still works when the full record is missing and the video is not scored yet', () => {
    renderPanel(ready({ video: null, score: null, snapshots: [] }));
    expect(screen.getByText(/Not scored for Awareness yet/)).toBeInTheDocument();
    expect(screen.getByText(/full record of this video is missing/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open video on TikTok' })).toHaveAttribute(
      'href',
      `https://www.tiktok.com/@maker.jo/video/${video.id}`,
    );
    expect(screen.getByText(/No stats history yet/)).toBeInTheDocument();
  });

  it('explains an unreadable or missing record', () => {
    const { rerender, props } = renderPanel({ kind: 'bad', videoId: '1', reason: 'status: Invalid option' });
    expect(screen.getByRole('alert')).toHaveTextContent('This record could not be read: status: Invalid option');
    rerender(<DetailPanel {...props} detail={{ kind: 'missing', videoId: '1' }} />);
    expect(screen.getByText(/not on the shortlist/)).toBeInTheDocument();
  });
});
