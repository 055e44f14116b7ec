import { createRoot, type Root } from 'react-dom/client';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { OverlayRoot } from '@/components/overlay/overlay-root';
import './style.css';

/** Mounts the one overlay host (an open shadow root) for the life of the tab. */
export async function mountOverlay(ctx: ContentScriptContext): Promise<void> {
  const ui = await createShadowRootUi<Root>(ctx, {
    name: 'spark-scout-overlay',
    position: 'overlay',
    anchor: 'body',
    append: 'last',
    mode: 'open',
    zIndex: 2147483000,
    onMount(container) {
      const root = createRoot(container);
      root.render(<OverlayRoot />);
      return root;
    },
    onRemove(root) {
      root?.unmount();
    },
  });
  ui.mount();
}
