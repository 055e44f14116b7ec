/** Marker the MAIN-world bridge leaves so the isolated script (and tests) can see it loaded. */
export const BRIDGE_MARK = 'sparkScoutBridge';
export const BRIDGE_VERSION = '1';

/**
 * Runs in TikTok's page (MAIN world) at document_start. Page-traffic capture is added by the data-reading issue;
 * for now it announces itself without touching the page's globals beyond one prefixed data attribute.
 */
export function installBridge(win: Window): void {
  win.document.documentElement.dataset[BRIDGE_MARK] = BRIDGE_VERSION;
}
