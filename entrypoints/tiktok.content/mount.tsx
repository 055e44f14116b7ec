import { createRoot, type Root } from 'react-dom/client';
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

  const ui = await createShadowRootUi<Root>(ctx, {
    name: 'spark-scout-overlay',
    position: 'overlay',
    anchor: 'body',
    append: 'last',
    mode: 'open',
    zIndex: 2147483000,
    // Keys typed in the card must not reach TikTok's shortcuts (arrows switch videos).
    isolateEvents: ['keydown', 'keyup', 'keypress'],
    onMount(container) {
      const root = createRoot(container);
      root.render(<ContentApp overlay={overlay} content={content} controller={controller} />);
      return root;
    },
    onRemove(root) {
      root?.unmount();
    },
  });
  ui.mount();
}
