import { browser } from 'wxt/browser';
import { scoreVideoInTab } from '@/lib/tab-messaging';

/** The toolbar button on a TikTok tab: the popup opens and the page's score card opens for the video on screen. */
export async function scoreActiveTikTokTab(): Promise<boolean> {
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return await scoreVideoInTab(tab);
  } catch {
    return false;
  }
}
