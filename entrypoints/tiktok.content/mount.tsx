import { createRoot } from 'react-dom/client';
import type { PublicPath } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createCardContent } from '@/lib/content/card-content';
import { startSession } from '@/lib/content/session';
import { onTabMessage } from '@/lib/tab-messaging';
import { createOverlayStore } from '@/lib/state/overlay-store';
import { ContentApp } from './app';
import './style.css';

/** Mounts the one overlay host (an open shadow root) for the life of the tab and starts the page session. */
export async function mountOverlay(ctx: ContentScriptContext): Promise<void> {
  const overlay = createOverlayStore();
  const content = createCardContent();
  const controller = startSession({ doc: document, win: window, overlay, content, signal: ctx.signal });
  const stop = onTabMessage('overlay:score-current', () => controller.scoreCurrent());
  ctx.onInvalidated(stop);

  const container = await createHost(ctx);
  const root = createRoot(container);
  root.render(<ContentApp overlay={overlay} content={content} controller={controller} />);
  ctx.onInvalidated(() => root.unmount());
}

/** The entry's stylesheet as built (an output file, so not in WXT's generated list of public paths). */
const CSS_PATH = '/content-scripts/tiktok.css' as PublicPath;

/** Keys typed in the card must not reach TikTok's shortcuts (arrows switch videos, "l" likes). */
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress'] as const;

/**
 * The overlay's host: an open shadow root at the end of <body> holding the entry's stylesheet and the React
 * container. Written here rather than with WXT's createShadowRootUi, whose `:host { all: initial !important }` and
 * auto-mount helpers the overlay does not need (the latter cost ~2 kB of the content script's budget). The host
 * itself stays `position: static` with no z-index, so it forms no stacking context: each fixed button and the card
 * choose their own layer in the page's (see the z-index notes in components/overlay/overlay.css).
 */
async function createHost(ctx: ContentScriptContext): Promise<HTMLElement> {
  const host = document.createElement('spark-scout-overlay');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  // cssInjectionMode 'ui': WXT builds the entry's CSS into this file (web-accessible) instead of injecting it.
  style.textContent = await fetch(browser.runtime.getURL(CSS_PATH))
    .then((r) => r.text())
    .catch(() => '');
  const container = document.createElement('div');
  for (const type of ISOLATED_EVENTS) container.addEventListener(type, (e) => e.stopPropagation());
  shadow.append(style, container);
  document.body.append(host);
  ctx.onInvalidated(() => host.remove());
  return container;
}
