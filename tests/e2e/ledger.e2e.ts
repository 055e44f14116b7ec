import { rmSync } from 'node:fs';
// Relative imports: the browser-test config has no '@/' alias (only type imports below use it).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createAuthorization } from '../../lib/ledger/history';
import { DEFAULT_LEAD_DAYS, reminderSchedule, REMINDER_ALARM_PREFIX } from '../../lib/ledger/reminders';
import type { Authorization } from '../../lib/schemas/authorization';
import type { VideoRecord } from '../../lib/schemas/video';
import { makeVideo } from '../fixtures/db/generate';
import { launchWithExtension, type ExtensionBrowser } from '../browser/launch';
import { startSite, type Site } from '../site/server';
import { describeBrowser } from './fixtures';

/**
 * The ledger end to end in real Chromium with the built extension. Videos and codes go in through the message
 * protocol the extension pages use (sent from an extension page, so the background treats the sender as trusted; no
 * test-only hooks in the product), then the badge, the alarms and the dashboard's Ledger tab are read back, across
 * browser restarts.
 */

const DAY = 86_400_000;
// Made-up, real-shaped codes ('#' then base64 characters).
const CODE_SOON = '#AbCdEfGhIjKlMnOpQrStUvWxYz0123456789+/=';
const CODE_LATER = '#ZyXwVuTsRqPoNmLkJiHgFeDcBa9876543210+/=';

interface Alarm {
  name: string;
  scheduledTime: number;
}

/** Sends one message in @webext-core/messaging's wire format ({ id, type, data, timestamp } → { res } | { err }). */
async function send(page: Page, type: string, data?: unknown): Promise<unknown> {
  const wire = await page.evaluate(
    (msg) => (globalThis as any).chrome.runtime.sendMessage({ id: 1, timestamp: Date.now(), ...msg }),
    { type, data },
  );
  if (wire?.err) throw new Error(`${type}: ${wire.err.message}`);
  const reply = wire?.res as { ok: boolean; data?: unknown; error?: { message: string } };
  if (!reply?.ok) throw new Error(`${type}: ${reply?.error?.message ?? 'no reply'}`);
  return reply.data;
}

const badgeText = (b: ExtensionBrowser) =>
  b.worker.evaluate(() => (globalThis as any).chrome.action.getBadgeText({}) as Promise<string>);

const alarms = async (b: ExtensionBrowser): Promise<Alarm[]> =>
  (await b.worker.evaluate(() => (globalThis as any).chrome.alarms.getAll() as Promise<Alarm[]>))
    .map(({ name, scheduledTime }) => ({ name, scheduledTime }))
    .sort((a, b) => a.name.localeCompare(b.name));

const reminderAlarms = async (b: ExtensionBrowser) =>
  (await alarms(b)).filter((a) => a.name.startsWith(REMINDER_ALARM_PREFIX));

describeBrowser('the authorization ledger in Chromium', () => {
  let site: Site;
  let browser: ExtensionBrowser;
  let userDataDir: string;
  let timeZone: string;
  let soon: VideoRecord;
  let later: VideoRecord;

  /** What the background stored: the reminders and the badge are derived from exactly this. */
  const stored = async () => {
    const page = await browser.openExtensionPage('popup.html');
    const list = (await send(page, 'authorization:list', {})) as { rows: Authorization[] };
    await page.close();
    return list.rows;
  };

  beforeAll(async () => {
    site = await startSite();
    browser = await launchWithExtension({ sitePort: site.port });
    userDataDir = browser.userDataDir;
  });

  afterAll(async () => {
    await browser?.close({ keepProfile: true });
    await site?.close();
    if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
  });

  it('counts a code that expires tomorrow on the toolbar badge', async () => {
    const page = await browser.openExtensionPage('dashboard.html');
    timeZone = await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
    const now = Date.now();
    soon = makeVideo(1, undefined, now, 'glowwithmia');
    later = makeVideo(2, undefined, now, 'sam.cooks');
    for (const video of [soon, later]) await send(page, 'shortlist:add', { video, score: null });
    expect(await badgeText(browser)).toBe('');

    // A 7-day code granted six days ago ends tomorrow at this wall time; a 30-day one granted today is far off.
    const clock = { now, timeZone };
    await send(
      page,
      'authorization:add',
      createAuthorization({ videoId: soon.id, code: CODE_SOON, grantedDays: 7, grantedAt: now - 6 * DAY }, clock),
    );
    await send(
      page,
      'authorization:add',
      createAuthorization({ videoId: later.id, code: CODE_LATER, grantedDays: 30 }, clock),
    );
    await expect.poll(() => badgeText(browser), { timeout: 10_000 }).toBe('1');
    await page.close();
  });

  it('lists the code in the dashboard ledger as expiring tomorrow, masked until revealed', async () => {
    const page = await browser.openExtensionPage('dashboard.html');
    await page.getByRole('tab', { name: 'Ledger' }).click();
    const rowOf = (handle: string) =>
      page.locator('tr', { has: page.getByRole('link', { name: new RegExp(`^Open @${handle}'s video`) }) });
    await expect.poll(() => rowOf('glowwithmia').count(), { timeout: 10_000 }).toBe(1);
    expect(await rowOf('glowwithmia').innerText()).toMatch(/Expiring\s+Expires tomorrow at /);
    expect(await rowOf('sam.cooks').innerText()).toMatch(/Received\s+Expires in 30 days/);
    const table = page.getByRole('table');
    expect(await table.locator('tbody th').allInnerTexts()).toEqual(['@glowwithmia', '@sam.cooks']);
    expect(await table.innerText()).not.toContain(CODE_SOON);
    await rowOf('glowwithmia').getByRole('button', { name: 'Reveal code for @glowwithmia' }).click();
    expect(await rowOf('glowwithmia').innerText()).toContain(CODE_SOON);
    expect(await table.innerText()).not.toContain(CODE_LATER);
    const campaignHeader = page.getByRole('columnheader', { name: 'Campaign ends' });
    expect(await campaignHeader.isVisible()).toBe(true);
    await rowOf('glowwithmia').getByRole('link').click();
    await expect.poll(() => new URL(page.url()).hash).toBe(`#/video/${soon.id}`);
    // Beside the detail panel (which has the campaign end and the renewal request) the ledger keeps to who, code,
    // status and expiry, so the expiry reads on one or two lines instead of five.
    await expect.poll(() => campaignHeader.isVisible()).toBe(false);
    await expect.poll(() => rowOf('glowwithmia').getAttribute('aria-current')).toBe('true');
    expect(await rowOf('sam.cooks').getAttribute('aria-current')).toBeNull();
    expect(
      await rowOf('glowwithmia')
        .getByRole('button', { name: /Copy renewal request/ })
        .isVisible(),
    ).toBe(false);
    const expiryLines = await rowOf('sam.cooks')
      .locator('.ss-ledger__expiry')
      .evaluate((td) => {
        const css = getComputedStyle(td);
        const content = td.getBoundingClientRect().height - parseFloat(css.paddingTop) - parseFloat(css.paddingBottom);
        return Math.round(content / parseFloat(css.lineHeight));
      });
    expect(expiryLines).toBeLessThanOrEqual(2);
    await page.close();
  });

  it('schedules a reminder alarm for every lead time still ahead', async () => {
    const rows = await stored();
    expect(rows.map((a) => a.code).sort()).toEqual([CODE_SOON, CODE_LATER].sort());
    const expected = reminderSchedule(rows, DEFAULT_LEAD_DAYS, Date.now(), timeZone)
      .map((r) => ({ name: r.name, scheduledTime: r.when }))
      .sort((a, b) => a.name.localeCompare(b.name));
    // The 30-day code has all three reminders ahead of it, whatever the hour of the run.
    const laterId = rows.find((a) => a.code === CODE_LATER)!.id;
    expect(expected.filter((r) => r.name.endsWith(laterId))).toHaveLength(3);
    await expect.poll(() => reminderAlarms(browser), { timeout: 10_000 }).toEqual(expected);
  });

  it('keeps the reminders and restores the badge after a restart with the same profile', async () => {
    const before = await alarms(browser);
    await browser.close({ keepProfile: true });
    browser = await launchWithExtension({ sitePort: site.port, userDataDir });

    await expect.poll(() => badgeText(browser), { timeout: 10_000 }).toBe('1');
    expect(await alarms(browser)).toEqual(before);
    const page = await browser.openExtensionPage('dashboard.html');
    await page.getByRole('tab', { name: 'Ledger' }).click();
    await expect.poll(() => page.locator('tbody tr[data-status="expiring"]').count(), { timeout: 10_000 }).toBe(1);
    await page.close();
  });

  it('re-creates reminders from the database when the browser dropped its alarms', async () => {
    const before = await reminderAlarms(browser);
    expect(before.length).toBeGreaterThan(0);
    await browser.worker.evaluate(() => (globalThis as any).chrome.alarms.clearAll());
    expect(await alarms(browser)).toEqual([]);
    await browser.close({ keepProfile: true });
    browser = await launchWithExtension({ sitePort: site.port, userDataDir });

    await expect.poll(() => reminderAlarms(browser), { timeout: 10_000 }).toEqual(before);
    await expect.poll(() => badgeText(browser), { timeout: 10_000 }).toBe('1');
  });
});
