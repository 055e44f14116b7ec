import type { Rect } from '@/lib/state/ui-types';
import { findDetailScope, videoIdOfScope } from '@/lib/tiktok/dom';
import { SEL } from '@/lib/tiktok/selectors';
import { videoIdFromPath } from '@/lib/tiktok/urls';

/** One place a "Score this video" button belongs: a video on a video page / browse modal, or a feed card. */
export interface Anchor {
  /** The video id (the card's key). */
  key: string;
  /** The player's viewport rect: the button sits at its top centre. */
  rect: Rect;
  /** The area the card must keep clear: the player with its like / comment / share column. */
  keepClear: Rect;
  kind: 'detail' | 'feed';
  /** The page layer the video is drawn in (layerOf): its button goes one above. */
  layer: number;
}

/** Feed cards examined per measurement; TikTok keeps only a handful mounted (virtualised). */
const MAX_FEED_ITEMS = 40;

const plain = (r: DOMRect | Rect): Rect => ({ top: r.top, left: r.left, width: r.width, height: r.height });

function union(a: Rect, b: Rect | null): Rect {
  if (!b || b.width === 0 || b.height === 0) return a;
  const top = Math.min(a.top, b.top);
  const left = Math.min(a.left, b.left);
  return {
    top,
    left,
    width: Math.max(a.left + a.width, b.left + b.width) - left,
    height: Math.max(a.top + a.height, b.top + b.height) - top,
  };
}

/** The player of a scope, else its <video>, else null. */
function playerOf(scope: Element): Element | null {
  return scope.querySelector(SEL.player) ?? scope.querySelector(SEL.videoElement);
}

function actionBarRect(scope: Element): Rect | null {
  const like = scope.querySelector(SEL.likes);
  const share = scope.querySelector(SEL.shares);
  if (!like) return null;
  const a = plain(like.getBoundingClientRect());
  return share ? union(a, plain(share.getBoundingClientRect())) : a;
}

/** Where a page's button goes when no player can be found (private, captcha, markup TikTok changed). */
export function fallbackRect(win: Window): Rect {
  const width = Math.min(360, win.innerWidth - 32);
  return {
    top: 72,
    left: Math.max(16, (win.innerWidth - width) / 2),
    width,
    height: Math.min(640, win.innerHeight - 88),
  };
}

/** layerOf per element: TikTok does not restyle its containers' z-index while they live. */
const layers = new WeakMap<Element, number>();

/**
 * The z-index of the page layer `el` is drawn in: that of its outermost positioned ancestor with one (TikTok's
 * browse modal is a fixed layer over the page), 0 on the page itself. A button one above it is over its own video
 * and still under anything TikTok opens over that (menus, login dialogs).
 */
export function layerOf(el: Element, win: Window): number {
  let layer = layers.get(el);
  if (layer !== undefined) return layer;
  layer = 0;
  for (let e: Element | null = el; e && e !== el.ownerDocument.body; e = e.parentElement) {
    const style = win.getComputedStyle(e);
    const z = parseInt(style.zIndex, 10);
    if (style.position !== 'static' && Number.isFinite(z)) layer = z;
  }
  layers.set(el, layer);
  return layer;
}

const visible = (r: Rect, win: Window) =>
  r.height > 0 && r.width > 0 && r.top < win.innerHeight && r.top + r.height > 0;

/**
 * The anchors on screen now. On /video/ID and /photo/ID (a video page or the browse modal over a feed or grid)
 * only that video gets a button, even when TikTok has not drawn a player (so a private or broken page still
 * explains itself); elsewhere each visible feed card gets its own.
 */
export function findAnchors(doc: Document, win: Window): Anchor[] {
  const urlId = videoIdFromPath(win.location.pathname);
  if (urlId) {
    const scope = findDetailScope(doc, urlId);
    const player = scope ? playerOf(scope) : null;
    const rect = player ? plain(player.getBoundingClientRect()) : fallbackRect(win);
    const usable = visible(rect, win) ? rect : fallbackRect(win);
    return [
      {
        key: urlId,
        rect: usable,
        keepClear: union(usable, scope ? actionBarRect(scope) : null),
        kind: 'detail',
        layer: scope ? layerOf(scope, win) : 0,
      },
    ];
  }
  const out: Anchor[] = [];
  for (const article of Array.from(doc.querySelectorAll(SEL.feedItem)).slice(0, MAX_FEED_ITEMS)) {
    const id = videoIdOfScope(article);
    const player = playerOf(article);
    if (!id || !player) continue;
    const rect = plain(player.getBoundingClientRect());
    if (!visible(rect, win)) continue;
    out.push({
      key: id,
      rect,
      keepClear: union(rect, actionBarRect(article)),
      kind: 'feed',
      layer: layerOf(article, win),
    });
  }
  return out;
}
