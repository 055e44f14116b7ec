import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findChromium, INSTALL_HINT } from '../browser/chromium';
import { launchWithExtension } from '../browser/launch';
import { DEMO_PATH } from './catalogue';
import { startSite } from './server';

// `npm run demo`: the built extension on the bundled offline TikTok pages. Headed when a display exists;
// otherwise headless, with a screenshot of the score card saved and its path printed.
if (!findChromium()) {
  console.error(INSTALL_HINT);
  process.exit(1);
}
const headed = Boolean(
  process.env.DISPLAY || process.env.WAYLAND_DISPLAY || process.platform === 'darwin' || process.platform === 'win32',
);
const site = await startSite(Number(process.env.PORT ?? 0));
const browser = await launchWithExtension({
  sitePort: site.port,
  headless: !headed,
  viewport: headed ? null : { width: 1400, height: 900 },
});
const page = browser.context.pages()[0] ?? (await browser.context.newPage());
await page.goto(`${site.origin}${DEMO_PATH}`);
console.log(
  `Spark Scout demo: ${site.origin}${DEMO_PATH} (www.tiktok.com is mapped to the local test site on port ${site.port})`,
);
console.log(`Dashboard: chrome-extension://${browser.extensionId}/dashboard.html`);

const button = page.getByRole('button', { name: 'Score this video' }).first();
try {
  await button.click({ timeout: 8000 });
  await page.getByRole('dialog', { name: 'Spark Scout score card' }).waitFor({ timeout: 5000 });
} catch {
  console.log('(No score button appeared yet; showing the page as it is.)');
}

if (headed) {
  console.log('Close the browser window to end the demo.');
  await new Promise<void>((done) => browser.context.on('close', () => done()));
} else {
  const dir = resolve(process.env.DEMO_OUT ?? join(import.meta.dirname, '../.artifacts'));
  mkdirSync(dir, { recursive: true });
  const shot = join(dir, 'demo.png');
  await page.waitForTimeout(500);
  await page.screenshot({ path: shot });
  console.log(`No display found: ran headless and saved a screenshot to ${shot}`);
  await browser.close();
}
await site.close();
