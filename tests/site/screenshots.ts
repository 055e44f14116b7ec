import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension } from '../browser/launch';
import { API_ONLY_VIDEO, DEMO_PATH } from './catalogue';
import { startSite } from './server';

// `npm run screenshots`: the README's pictures, taken from the built extension on the local TikTok site.
// Videos are shortlisted through the overlay exactly as a user does, so the dashboard shows real captured data.
const out = resolve(process.env.SCREENSHOT_DIR ?? join(import.meta.dirname, '../screenshots'));
mkdirSync(out, { recursive: true });
const site = await startSite();
const browser = await launchWithExtension({ sitePort: site.port, viewport: { width: 1440, height: 900 } });

async function scoreAndShortlist(page: Page, tags: string) {
  const open = await page.getByRole('dialog', { name: 'Spark Scout score card' }).count();
  if (!open) await page.getByRole('button', { name: 'Score this video' }).first().click();
  const card = page.getByRole('dialog', { name: 'Spark Scout score card' });
  await card.getByText('Add to shortlist').waitFor({ timeout: 10_000 });
  await card
    .getByRole('button', { name: 'Tags and note' })
    .click()
    .catch(() => undefined);
  await card
    .getByRole('textbox')
    .first()
    .fill(tags)
    .catch(() => undefined);
  await card.getByRole('button', { name: 'Add to shortlist' }).click();
  await card.getByRole('button', { name: 'Shortlisted' }).waitFor({ timeout: 10_000 });
}

try {
  const page = await browser.context.newPage();
  await page.goto(`${site.origin}${DEMO_PATH}`);
  await page.getByRole('button', { name: 'Score this video' }).click();
  await page.getByRole('dialog', { name: 'Spark Scout score card' }).getByText('/100').waitFor({ timeout: 10_000 });
  await page.screenshot({ path: join(out, 'overlay-light.png') });
  await scoreAndShortlist(page, 'ai, tech');

  await page.goto(`${site.origin}${DEMO_PATH}?theme=dark`);
  await page.getByRole('button', { name: 'Score this video' }).click();
  await page.getByRole('dialog', { name: 'Spark Scout score card' }).getByText('/100').waitFor({ timeout: 10_000 });
  await page.screenshot({ path: join(out, 'overlay-dark.png') });

  // The API-only video, with its real comments loaded through the comment panel.
  await page.goto(`${site.origin}/@${API_ONLY_VIDEO.handle}/video/${API_ONLY_VIDEO.id}`);
  await page.locator('.ttk-open-comments').first().click();
  await page.waitForTimeout(300);
  await scoreAndShortlist(page, 'comedy');

  await page.goto(`${site.origin}/foryou`);
  await page.getByRole('button', { name: 'Score this video' }).first().waitFor();
  await page.waitForTimeout(400);
  await page.screenshot({ path: join(out, 'feed.png') });
  for (const n of [0, 1]) {
    await page
      .locator('article')
      .nth(n + 1)
      .scrollIntoViewIfNeeded();
    await page.waitForTimeout(200);
  }
  await page.close();

  for (const path of [
    '/@zg.520/video/7513039993741397256',
    '/@zg.520/video/7498337886933191943',
    '/@usergerageda/video/7444705554666130708',
  ]) {
    const p = await browser.context.newPage();
    await p.goto(`${site.origin}${path}`);
    await scoreAndShortlist(p, 'travel');
    await p.close();
  }

  const dashboard = await browser.openExtensionPage('dashboard.html');
  await dashboard.setViewportSize({ width: 1440, height: 900 });
  await dashboard.locator('.ss-toolbar__count').waitFor({ timeout: 10_000 });
  await dashboard.waitForTimeout(500);
  await dashboard.screenshot({ path: join(out, 'dashboard.png') });
  const first = dashboard.locator('.ss-table__body [role="row"][data-video-id]').first();
  await first.click();
  await dashboard.waitForTimeout(500);
  await dashboard.screenshot({ path: join(out, 'dashboard-detail.png') });

  const popup = await browser.openExtensionPage('popup.html');
  await popup.setViewportSize({ width: 400, height: 560 });
  await popup.waitForTimeout(500);
  await popup.screenshot({ path: join(out, 'popup.png') });

  const options = await browser.openExtensionPage('options.html');
  await options.setViewportSize({ width: 1100, height: 1500 });
  await options.waitForTimeout(500);
  await options.screenshot({ path: join(out, 'options.png') });
  console.log(`Screenshots in ${out}`);
} catch (error) {
  const pages = browser.context.pages();
  await pages[pages.length - 1]?.screenshot({ path: join(out, 'failure.png') });
  throw error;
} finally {
  await browser.close();
  await site.close();
}
