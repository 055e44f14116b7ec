import { defineExtensionMessaging } from '@webext-core/messaging';

/** Messages the background sends to a TikTok tab's content script (the reverse direction of lib/messaging.ts). */
export interface TabProtocolMap {
  /** The keyboard shortcut or the toolbar action: open the score card of the video on screen. */
  'overlay:score-current'(): void;
}

export const { sendMessage: sendTabMessage, onMessage: onTabMessage } = defineExtensionMessaging<TabProtocolMap>({
  logger: undefined,
});

const TIKTOK_URL = /^https?:\/\/([a-z0-9-]+\.)*tiktok\.com(:\d+)?\//i;

/**
 * Asks the content script of a TikTok tab to open the card of the video on screen (the shortcut, and the toolbar
 * button when the popup opens on TikTok). Other tabs: nothing. Never throws.
 */
export async function scoreVideoInTab(tab: { id?: number; url?: string } | undefined): Promise<boolean> {
  if (tab?.id === undefined || !TIKTOK_URL.test(tab.url ?? '')) return false;
  try {
    await sendTabMessage('overlay:score-current', undefined, tab.id);
    return true;
  } catch {
    return false; // the page is still loading, or its content script was not injected (e.g. before install)
  }
}
