import { browser } from 'wxt/browser';
import { scoreVideoInTab } from '@/lib/tab-messaging';

export const SCORE_COMMAND = 'score-video';

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
