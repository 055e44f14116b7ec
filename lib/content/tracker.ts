import { sameRect } from '@/lib/state/anchor-slice';
import type { CardPlacement } from '@/lib/state/ui-types';
import type { OverlayStore } from '@/lib/state/overlay-store';
import { videoIdFromPath } from '@/lib/tiktok/urls';
import { findAnchors } from './anchors';
import { detectTheme } from './theme';

const sameVideo = (a: CardPlacement, b: CardPlacement) => {
  const [x, y] = [a, b].map((p) => ('video' in p ? p.video : undefined));
  return x === y || (x !== undefined && y !== undefined && sameRect(x, y));
};
const samePlacement = (a: CardPlacement, b: CardPlacement) =>
  a.kind === b.kind && (!('rect' in a) || !('rect' in b) || sameRect(a.rect, b.rect)) && sameVideo(a, b);

export interface TrackerDeps {
  doc: Document;
  win: Window;
  overlay: OverlayStore;
  signal: AbortSignal;
  /** The video of an open card on a video page changed by SPA navigation: the card follows it. */
  onFollow: (key: string) => void;
}

/**
 * Keeps one button per visible video in step with TikTok's page: re-measured at most once a frame after scroll,
 * resize, DOM changes or SPA navigation. Nothing is inserted into TikTok's DOM (the buttons live in the overlay's
 * shadow root, fixed-positioned), so TikTok's layout never shifts.
 */
export function trackAnchors({ doc, win, overlay, signal, onFollow }: TrackerDeps): { schedule: () => void } {
  let frame = 0;
  let lastHref = win.location.href;

  const measure = () => {
    frame = 0;
    if (signal.aborted) return;
    const state = overlay.getState();
    let follow: string | null = null;
    if (win.location.href !== lastHref) {
      const before = videoIdFromPath(new URL(lastHref).pathname);
      const after = videoIdFromPath(win.location.pathname);
      lastHref = win.location.href;
      if (state.openKey !== null && state.openKey === before && after && after !== before) follow = after;
    }
    const anchors = findAnchors(doc, win);
    for (const a of anchors) state.setAnchor(a.key, { ...a.rect, layer: a.layer });
    if (follow) state.openCard(follow);
    state.retainAnchors(anchors.map((a) => a.key));
    const open = anchors.find((a) => a.key === overlay.getState().openKey);
    if (open) {
      const placement: CardPlacement = { kind: 'right-of', rect: open.keepClear, video: open.rect };
      if (!samePlacement(overlay.getState().placement, placement)) state.setPlacement(placement);
    }
    const theme = detectTheme(doc);
    if (overlay.getState().theme !== theme) state.setTheme(theme);
    if (follow) onFollow(follow);
  };
  const schedule = () => {
    if (!frame && !signal.aborted) frame = win.requestAnimationFrame(measure);
  };

  win.addEventListener('scroll', schedule, { capture: true, passive: true, signal });
  win.addEventListener('resize', schedule, { passive: true, signal });
  win.addEventListener('popstate', schedule, { signal });
  // childList only: TikTok's player rewrites style attributes every frame, which never moves a video.
  const observer = new MutationObserver(schedule);
  observer.observe(doc.body, { childList: true, subtree: true });
  // A card that opens (button, shortcut, keyboard) is placed beside its video at once: waiting for the next scroll
  // would show it at the last card's place, over this video's like / comment column.
  const unsubscribe = overlay.subscribe((now, before) => {
    if (now.openKey !== null && now.openKey !== before.openKey) measure();
  });
  const themeObserver = new MutationObserver(schedule);
  themeObserver.observe(doc.documentElement, { attributes: true, attributeFilter: ['data-theme', 'class', 'style'] });
  signal.addEventListener('abort', () => {
    unsubscribe();
    observer.disconnect();
    themeObserver.disconnect();
    if (frame) win.cancelAnimationFrame(frame);
  });
  schedule();
  return { schedule };
}
