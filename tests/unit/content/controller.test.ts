import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCardContent } from '@/lib/content/card-content';
import { createController, WAIT_FOR_DATA_MS } from '@/lib/content/controller';
import { request } from '@/lib/messaging';
import { createOverlayStore } from '@/lib/state/overlay-store';
import { VideoCache } from '@/lib/tiktok/video-cache';
import { makeScore, makeVideo } from '../../fixtures/db/generate';

vi.mock('@/lib/messaging', () => ({ request: vi.fn() }));

const video = makeVideo(1);
const ID = video.id;

function setup() {
  const cache = new VideoCache({ pageOrigin: window.location.origin });
  const overlay = createOverlayStore();
  const content = createCardContent();
  const controller = createController({ cache, overlay, content, doc: document, win: window });
  overlay.getState().openCard(ID);
  return { cache, content, controller };
}

beforeEach(() => {
  vi.useFakeTimers();
  window.history.replaceState({}, '', `/@${video.author.handle}/video/${ID}`);
  vi.mocked(request).mockImplementation((async (name: string) =>
    name === 'score:compute'
      ? {
          results: {
            awareness: makeScore(video, 'awareness'),
            consideration: makeScore(video, 'consideration'),
            conversion: makeScore(video, 'conversion'),
          },
          objective: 'consideration',
          insights: null,
        }
      : { shortlisted: false, creatorCount: 0 }) as typeof request);
});

afterEach(() => {
  vi.useRealTimers();
  window.history.replaceState({}, '', '/');
});

describe('the card while TikTok is still loading the video (SPA navigation)', () => {
  it('keeps showing "loading" instead of an error, and scores the video when its data arrives', async () => {
    const { cache, content, controller } = setup();
    await controller.load(ID);
    expect(content.getState().card).toEqual({ key: ID, kind: 'loading' });
    cache.ingestRecord(video);
    // session.ts reloads the open card quietly when the cache gets data for it.
    await controller.load(ID, { quiet: true });
    expect(content.getState().card).toMatchObject({ key: ID, kind: 'ready' });
    await vi.advanceTimersByTimeAsync(WAIT_FOR_DATA_MS);
    expect(content.getState().card).toMatchObject({ kind: 'ready' });
  });

  it('says it could not read the video once the wait is over with nothing arrived', async () => {
    const { content, controller } = setup();
    await controller.load(ID);
    await vi.advanceTimersByTimeAsync(WAIT_FOR_DATA_MS - 100);
    expect(content.getState().card?.kind).toBe('loading');
    await vi.advanceTimersByTimeAsync(200);
    expect(content.getState().card).toMatchObject({ key: ID, kind: 'error', reason: /No video data/ });
  });
});
