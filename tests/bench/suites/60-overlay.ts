import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium, type Page } from 'playwright-core';
import { findChromium } from '../../browser/chromium';
import { launchWithExtension } from '../../browser/launch';
import { API_ONLY_VIDEO, DEMO_PATH, DEMO_VIDEO } from '../../site/catalogue';
import { startSite } from '../../site/server';
import type { BenchRow, BenchSuite } from '../types';

const gz = (buf: Buffer | string) => gzipSync(buf, { level: 9 }).length / 1024;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const NAVIGATIONS = 300;

/** Clicks Score this video in the page and waits (in the page) for the card to show `expect`; returns ms. */
// Written as page source text: tsx (esbuild keepNames) would wrap a passed function in a helper the page lacks.
const CLICK_TO_CARD = `(({ expect, stage }) => new Promise((resolve, reject) => {
  const root = document.querySelector('spark-scout-overlay').shadowRoot;
  const button = root.querySelector('button[aria-label="Score this video"]');
  const done = () => {
    const dialog = root.querySelector('[role="dialog"]');
    return dialog && (stage === 'loading' || (dialog.textContent || '').includes(expect));
  };
  const t0 = performance.now();
  const observer = new MutationObserver(() => {
    if (done()) { observer.disconnect(); resolve(performance.now() - t0); }
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  button.click();
  setTimeout(() => reject(new Error('no card within 5 s')), 5000);
}))`;

/** Clicks Score this video in the page and waits (in the page) for the card to show `expect`; returns ms. */
async function clickToCard(page: Page, expect: string, stage: 'loading' | 'ready'): Promise<number> {
  return page.evaluate(`${CLICK_TO_CARD}(${JSON.stringify({ expect, stage })})`) as Promise<number>;
}

async function closeCard(page: Page) {
  await page.keyboard.press('Escape');
  await page.waitForFunction(
    () => !document.querySelector('spark-scout-overlay')?.shadowRoot?.querySelector('[role="dialog"]'),
  );
}

/** Navigates between two videos by the page's own pushState links `n` times; returns the JS heap growth in MB. */
async function navigateAndMeasureHeap(page: Page, n: number): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize / (1024 * 1024);
  };
  // Warm up (first navigation allocates caches both with and without the extension).
  for (const id of [API_ONLY_VIDEO.id, DEMO_VIDEO.id]) {
    await page.locator(`a[data-spa-video="${id}"]`).first().click();
    await page.waitForURL(`**/video/${id}`);
  }
  const before = await heap();
  for (let i = 0; i < n; i++) {
    const id = i % 2 === 0 ? API_ONLY_VIDEO.id : DEMO_VIDEO.id;
    await page.locator(`a[data-spa-video="${id}"]`).first().click();
    await page.waitForFunction((vid) => document.querySelector(`[data-video-id="${vid}"]`), id);
  }
  await page.waitForTimeout(300);
  return (await heap()) - before;
}

/** Overlay size and speed in real Chromium on the local test site (issue 5 targets). */
const suite: BenchSuite = {
  name: 'overlay',
  async run({ extensionDir, root }) {
    const rows: BenchRow[] = [];
    const content = gz(readFileSync(join(extensionDir, 'content-scripts/tiktok.js')));
    // Baseline: React + ReactDOM alone, bundled and minified the same way (production, one root rendered).
    const bare = await build({
      stdin: {
        contents:
          "import { createElement } from 'react'; import { createRoot } from 'react-dom/client'; createRoot(document.body).render(createElement('div'));",
        resolveDir: root,
      },
      bundle: true,
      minify: true,
      write: false,
      format: 'iife',
      define: { 'process.env.NODE_ENV': '"production"' },
    });
    const react = gz(Buffer.from(bare.outputFiles[0]!.contents));
    rows.push({
      name: 'content script gzip (React included)',
      value: content,
      unit: 'kB',
      baseline: { name: 'React + ReactDOM alone', value: react },
      target: '≤ 90 kB',
      pass: content <= 90,
    });

    const executablePath = findChromium();
    if (!executablePath) throw new Error('Chromium not found');
    const site = await startSite();
    const browser = await launchWithExtension({ sitePort: site.port });
    try {
      const page = await browser.context.newPage();
      await page.goto(`${site.origin}${DEMO_PATH}`);
      await page.waitForFunction(() =>
        document.querySelector('spark-scout-overlay')?.shadowRoot?.querySelector('button'),
      );
      const ready: number[] = [];
      const loading: number[] = [];
      for (let i = 0; i < 11; i++) {
        loading.push(await clickToCard(page, '', 'loading'));
        await closeCard(page);
        ready.push(await clickToCard(page, '317,100', 'ready'));
        await closeCard(page);
      }
      rows.push({
        name: 'click → card with the scored numbers (median of 11)',
        value: median(ready),
        unit: 'ms',
        baseline: { name: 'click → empty loading card', value: median(loading) },
        target: '< 100 ms',
        pass: median(ready) < 100,
      });

      const growth = await navigateAndMeasureHeap(page, NAVIGATIONS);
      const hosts = await page.evaluate(() => document.querySelectorAll('spark-scout-overlay').length);
      const buttons = await page.evaluate(
        () =>
          document
            .querySelector('spark-scout-overlay')!
            .shadowRoot!.querySelectorAll('button[aria-label="Score this video"]').length,
      );
      rows.push({
        name: `overlay hosts after ${NAVIGATIONS} SPA navigations`,
        value: hosts,
        unit: 'count',
        target: '= 1',
        pass: hosts === 1,
      });
      rows.push({
        name: `score buttons after ${NAVIGATIONS} SPA navigations`,
        value: buttons,
        unit: 'count',
        target: '= 1',
        pass: buttons === 1,
      });

      // Baseline: the same navigations in the same Chromium without the extension.
      const bare = await chromium.launch({
        executablePath,
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', `--host-resolver-rules=MAP www.tiktok.com 127.0.0.1:${site.port}`],
      });
      const barePage = await bare.newPage();
      await barePage.goto(`${site.origin}${DEMO_PATH}`);
      const bareGrowth = await navigateAndMeasureHeap(barePage, NAVIGATIONS);
      await bare.close();
      rows.push({
        name: `JS heap growth after ${NAVIGATIONS} SPA navigations`,
        value: growth,
        unit: 'MB',
        baseline: { name: 'same page without the extension', value: bareGrowth },
        target: '< 5 MB',
        pass: growth < 5,
      });
    } finally {
      await browser.close();
      await site.close();
    }
    return rows;
  },
};
export default suite;
