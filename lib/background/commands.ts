import { browser } from 'wxt/browser';
import { sendTabMessage } from '@/lib/tab-messaging';

export const SCORE_COMMAND = 'score-video';
const TIKTOK_URL = /^https?:\/\/([a-z0-9-]+\.)*tiktok\.com\//i;

/** Asks the content script of a TikTok tab to open the card of the video on screen. Other tabs: nothing. */
export async function scoreVideoInTab(tab: { id?: number; url?: string } | undefined): Promise<boolean> {
  if (tab?.id === undefined || !TIKTOK_URL.test(tab.url ?? '')) return false;
  try {
    await sendTabMessage('overlay:score-current', undefined, tab.id);
    return true;
  } catch {
    return false; // the page is still loading, or its content script was not injected (e.g. before install)
  }
}

/** The keyboard shortcut (Alt+Shift+S by default, `commands` in the manifest). */
export function registerCommands(): void {
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== SCORE_COMMAND) return;
    void (async () => {
      const target = tab ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0];
      await scoreVideoInTab(target);
    })();
  });
}
