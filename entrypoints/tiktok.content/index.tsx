import { mountOverlay } from './mount';

export default defineContentScript({
  matches: ['*://www.tiktok.com/*', '*://m.tiktok.com/*'],
  cssInjectionMode: 'ui',
  runAt: 'document_idle',
  async main(ctx) {
    await mountOverlay(ctx);
  },
});
