import { installBridge } from '@/lib/tiktok/bridge';

// MAIN world, document_start: must run before TikTok's own scripts make their first API calls.
export default defineContentScript({
  matches: ['*://www.tiktok.com/*', '*://m.tiktok.com/*'],
  world: 'MAIN',
  runAt: 'document_start',
  main() {
    installBridge(window);
  },
});
