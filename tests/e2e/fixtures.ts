import { afterAll, beforeAll, describe } from 'vitest';
import { findChromium } from '../browser/chromium';
import { launchWithExtension, type ExtensionBrowser, type LaunchOptions } from '../browser/launch';
import { startSite, type Site } from '../site/server';

/** describe() that runs only when Chromium is available (global-setup fails CI when it isn't). */
export const describeBrowser = !findChromium() && !process.env.CI ? describe.skip : describe;

/** Starts the local TikTok site and Chromium with the extension once for the enclosing describe block. */
export function useExtensionBrowser(opts: Omit<LaunchOptions, 'sitePort'> = {}) {
  const env = {} as { site: Site; browser: ExtensionBrowser };
  beforeAll(async () => {
    env.site = await startSite();
    env.browser = await launchWithExtension({ ...opts, sitePort: env.site.port });
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.site?.close();
  });
  return env;
}
