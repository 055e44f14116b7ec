import { browser } from 'wxt/browser';

/** The dashboard's address, optionally on one video's detail (the same route notification clicks use). */
export function dashboardUrl(videoId?: string): string {
  return browser.runtime.getURL(`/dashboard.html${videoId ? `#/video/${videoId}` : ''}`);
}

/**
 * Shows the dashboard, on one video's detail when given: brings forward a dashboard tab that is already open (the
 * detail route is its address's hash, so changing it does not reload the page), else opens a new tab. An extension
 * may query tabs by its own pages' address without the "tabs" permission; where a browser gives no match, a new tab.
 */
export async function showDashboard(videoId?: string): Promise<void> {
  const open = await browser.tabs.query({ url: dashboardUrl() }).catch(() => []);
  const tab = open.find((t) => t.id !== undefined);
  if (!tab) {
    await browser.tabs.create({ url: dashboardUrl(videoId) });
    return;
  }
  await browser.tabs.update(tab.id, videoId ? { active: true, url: dashboardUrl(videoId) } : { active: true });
  if (tab.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true }).catch(() => {});
}

/** From the popup: shows the dashboard, then closes the popup (Chrome leaves it open otherwise). */
export async function openDashboard(videoId?: string, closeWindow: () => void = () => window.close()): Promise<void> {
  await showDashboard(videoId);
  closeWindow();
}
