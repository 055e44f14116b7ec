import { expect, it } from 'vitest';
import { DEMO_PATH } from '../site/catalogue';
import { describeBrowser, useExtensionBrowser } from './fixtures';

describeBrowser('the built extension in Chromium on the local TikTok site', () => {
  const env = useExtensionBrowser();

  it('mounts its shadow-root UI on a video page served as www.tiktok.com', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(`${env.site.origin}${DEMO_PATH}`);
    const host = page.locator('spark-scout-overlay');
    await expect.poll(() => host.count(), { timeout: 10_000 }).toBe(1);
    const shadowMode = await host.evaluate((el) => (el.shadowRoot ? el.shadowRoot.mode : 'none'));
    expect(shadowMode).toBe('open');
    expect(page.url()).toBe(`http://www.tiktok.com:${env.site.port}${DEMO_PATH}`);
    await page.close();
  });

  it('runs the MAIN-world bridge script in the page', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(`${env.site.origin}${DEMO_PATH}`);
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.sparkScoutBridge)).toBe('1');
    await page.close();
  });

  it('renders the popup and the dashboard', async () => {
    const popup = await env.browser.openExtensionPage('popup.html');
    await expect.poll(() => popup.getByRole('heading', { name: 'Spark Scout' }).count()).toBe(1);
    const dashboard = await env.browser.openExtensionPage('dashboard.html');
    await expect.poll(() => dashboard.getByRole('heading', { name: /Spark Scout/ }).count()).toBeGreaterThan(0);
    await popup.close();
    await dashboard.close();
  });
});
