import type { ShortlistDraft } from '@/components/overlay/types';
import { request } from '@/lib/messaging';
import type { Objective } from '@/lib/schemas/score';
import type { OverlayStore } from '@/lib/state/overlay-store';
import type { VideoCache } from '@/lib/tiktok/video-cache';
import type { CardContentStore } from './card-content';
import { readVideo } from './read-video';
import { problemMessage } from '@/lib/tiktok/page-state';

export interface ControllerDeps {
  cache: VideoCache;
  overlay: OverlayStore;
  content: CardContentStore;
  doc: Document;
  win: Window;
}

/** The card key when the page shows no video at all. */
const PAGE_KEY = 'page';

/**
 * How long an open card waits for a video TikTok is still fetching (an SPA navigation's /api/item/detail/ answer)
 * before it says nothing could be read. Data arriving meanwhile reloads the card (session.ts).
 */
export const WAIT_FOR_DATA_MS = 6000;

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The score flow for one card: read the video, have the background score it for every objective (the scoring
 * lexicons stay out of the content script), look up the shortlist, and record a fresh stats snapshot when the
 * video is already shortlisted. A newer request for any card wins over an older one still in flight.
 */
export function createController({ cache, overlay, content, doc, win }: ControllerDeps) {
  let seq = 0;

  async function load(key: string, { quiet = false, waited = false } = {}): Promise<void> {
    const mine = ++seq;
    const stale = () => mine !== seq || overlay.getState().openKey !== key;
    if (!quiet) content.getState().set({ key, kind: 'loading' });
    const read = readVideo(cache, key, doc, win);
    if (!read.ok) {
      if (read.pending && !waited) {
        // Keep "Scoring this video…" (set above, or still shown for a quiet reload) rather than flash an error.
        win.setTimeout(() => {
          if (!stale()) void load(key, { quiet: true, waited: true });
        }, WAIT_FOR_DATA_MS);
        return;
      }
      content.getState().set({ key, kind: 'error', reason: read.reason });
      return;
    }
    const { video, partial } = read;
    try {
      const [scored, state] = await Promise.all([
        request('score:compute', { video }),
        request('shortlist:state', { videoId: video.id, handle: video.author.handle }),
      ]);
      if (stale()) return;
      if (state.shortlisted) void request('video:snapshot', { video }).catch(() => undefined);
      overlay.getState().seedObjective(scored.objective);
      content.getState().set({
        key,
        kind: 'ready',
        video,
        results: scored.results,
        insights: scored.insights ?? undefined,
        partial,
        shortlist: { shortlisted: state.shortlisted, creatorShortlistedCount: state.creatorCount },
      });
    } catch (error) {
      if (!stale())
        content
          .getState()
          .set({ key, kind: 'error', reason: `Spark Scout's background did not answer (${messageOf(error)})` });
    }
  }

  async function shortlist(key: string, draft: ShortlistDraft): Promise<void> {
    const card = content.getState().card;
    if (!card || card.key !== key || card.kind !== 'ready') throw new Error('this video could not be read');
    const objective: Objective = overlay.getState().objective;
    const result = await request('shortlist:add', {
      video: card.video,
      score: card.results[objective],
      tags: draft.tags,
      note: draft.note,
      objective,
    });
    const now = content.getState().card;
    if (now && now.key === key && now.kind === 'ready') {
      content
        .getState()
        .set({ ...now, shortlist: { shortlisted: true, creatorShortlistedCount: result.creatorCount } });
    }
  }

  /**
   * The keyboard shortcut / toolbar action: open the card of the video on screen. With no video there (a LIVE room,
   * a profile without an open video) the card still opens and says why, rather than nothing happening.
   */
  function scoreCurrent(): void {
    const current = cache.current(win.location, doc);
    const anchors = overlay.getState().anchors;
    const key =
      current.videoId && anchors[current.videoId] ? current.videoId : (Object.keys(anchors)[0] ?? current.videoId);
    if (!key) {
      overlay.getState().openCard(PAGE_KEY);
      content
        .getState()
        .set({ key: PAGE_KEY, kind: 'error', reason: current.reason ?? problemMessage('not-a-video-page') });
      return;
    }
    overlay.getState().openCard(key);
    void load(key);
  }

  return { load, shortlist, scoreCurrent };
}
export type Controller = ReturnType<typeof createController>;
