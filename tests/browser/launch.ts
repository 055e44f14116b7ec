import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { findChromium, INSTALL_HINT } from './chromium';

export const EXTENSION_DIR = resolve(
  import.meta.dirname,
  '../..',
  process.env.SPARK_SCOUT_OUT_DIR ?? '.output',
  'chrome-mv3',
);

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  userDataDir: string;
  /** The extension's background service worker. */
  worker: Worker;
  /** Opens popup.html, options.html or dashboard.html of the extension in a new tab. */
  openExtensionPage(page: 'popup.html' | 'options.html' | 'dashboard.html', hash?: string): Promise<Page>;
  /** Closes the browser; keeps the profile when `keepProfile` (for restart tests). */
  close(opts?: { keepProfile?: boolean }): Promise<void>;
}

export interface LaunchOptions {
  /** Port of the local TikTok site: www.tiktok.com resolves to it. */
  sitePort: number;
  headless?: boolean;
  /** Reuse a profile (restart tests). */
  userDataDir?: string;
  viewport?: { width: number; height: number } | null;
  colorScheme?: 'light' | 'dark';
}

/** Launches Chromium with the built extension loaded and www.tiktok.com mapped to the local test site. */
export async function launchWithExtension(opts: LaunchOptions): Promise<ExtensionBrowser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(INSTALL_HINT);
  const userDataDir = opts.userDataDir ?? mkdtempSync(join(tmpdir(), 'spark-scout-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: opts.headless ?? true,
    viewport: opts.viewport === undefined ? { width: 1280, height: 860 } : opts.viewport,
    colorScheme: opts.colorScheme,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      `--host-resolver-rules=MAP www.tiktok.com 127.0.0.1:${opts.sitePort}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const worker =
    context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
    (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    userDataDir,
    worker,
    async openExtensionPage(name, hash = '') {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${name}${hash}`);
      return page;
    },
    async close({ keepProfile = false } = {}) {
      await context.close();
      if (!keepProfile && !opts.userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
