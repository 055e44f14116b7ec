import { listenToBridge } from '@/lib/tiktok/bridge-receiver';
import { VideoCache } from '@/lib/tiktok/video-cache';
import type { OverlayStore } from '@/lib/state/overlay-store';
import type { CardContentStore } from './card-content';
import { createController, type Controller } from './controller';
import { trackAnchors } from './tracker';

export interface SessionDeps {
  doc: Document;
  win: Window;
  overlay: OverlayStore;
  content: CardContentStore;
  /** WXT's ctx.signal: aborted when the extension reloads or the content script is invalidated. */
  signal: AbortSignal;
}

/**
 * One content-script run on a TikTok tab: the video cache fed by the embedded JSON and the MAIN-world bridge, the
 * anchor tracker, caption fetching and the card controller. Every listener takes `signal`.
 */
export function startSession({ doc, win, overlay, content, signal }: SessionDeps): Controller {
  const cache = new VideoCache({ pageOrigin: win.location.origin });
  const controller = createController({ cache, overlay, content, doc, win });
  const tracker = trackAnchors({ doc, win, overlay, signal, onFollow: (key) => void controller.load(key) });

  listenToBridge(win, (msg) => cache.ingestBridge(msg), signal);
  try {
    cache.ingestDocument(doc, win.location.href);
  } catch {
    // readEmbedded never throws by contract; this guards TikTok's console all the same.
  }

  const fetchCaptions = () => {
    for (const { videoId, track } of cache.pendingCaptionFetches()) {
      // Signed URLs need no cookies; without credentials a wildcard CORS answer from the caption CDN is accepted.
      fetch(track.url, { credentials: 'omit', signal })
        .then((res) => (res.ok ? res.text() : Promise.reject(new Error(String(res.status)))))
        .then((text) => cache.attachTranscript(videoId, text))
        .catch(() => cache.captionFetchFailed(videoId)); // expired or missing captions are normal
    }
  };

  const unsubscribe = cache.onChange((ids) => {
    tracker.schedule();
    fetchCaptions();
    const open = overlay.getState().openKey;
    // New data for the open video (the API answer after a DOM read, comments, captions, fresher counts): read and
    // score again quietly; a load still in flight is superseded, so a slower first read never wins.
    if (open && ids.includes(open) && content.getState().card?.key === open)
      void controller.load(open, { quiet: true });
  });
  signal.addEventListener('abort', unsubscribe);
  fetchCaptions();
  return controller;
}
