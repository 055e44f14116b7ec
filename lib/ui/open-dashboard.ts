import { browser } from 'wxt/browser';

/** The dashboard's address, optionally on one video's detail (the same route notification clicks use). */
export function dashboardUrl(videoId?: string): string {
  return browser.runtime.getURL(`/dashboard.html${videoId ? `#/video/${videoId}` : ''}`);
}

/** Opens the dashboard in a new tab; from the popup, closes the popup (Chrome leaves it open otherwise). */
export async function openDashboard(videoId?: string, closeWindow: () => void = () => window.close()): Promise<void> {
  await browser.tabs.create({ url: dashboardUrl(videoId) });
  closeWindow();
}
