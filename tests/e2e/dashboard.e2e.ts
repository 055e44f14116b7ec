import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
// Relative imports: the browser-test config has no '@/' alias.
import { makeScore, makeVideo } from '../fixtures/db/generate';
import { putRawShortlist, send } from './dashboard-seed';
import { DEMO_PATH } from '../site/catalogue';
import { describeBrowser, useExtensionBrowser } from './fixtures';

/**
 * The shortlist manager end to end in real Chromium with the built extension. Videos go in through the messages the
 * content script sends when a scout presses "Add to shortlist" (`shortlist:add` with the video and its score), from an
 * extension page; a corrupt record is written with the bare IndexedDB API. Then popup and dashboard are driven as a
 * user would: see the rows, change a status, filter, delete and undo, open a video's detail from its address.
 */

const HANDLES = ['glowwithmia', 'glowwithmia', 'chef.rio', 'fitbyana', 'thriftking', 'booksbysam'];
const NOW = Date.now();
const videos = HANDLES.map((h, i) => makeVideo(i + 1, undefined, NOW - i * 60_000, h));
const BAD_ID = '7000000000000000001';

const bodyRows = (page: Page) => page.locator('.ss-table__body [role="row"][data-video-id]');
const count = (page: Page) => page.locator('.ss-toolbar__count').innerText();
/** The focused element's accessible name as a keyboard user would hear it (aria-label, else its text). */
const focused = (page: Page) =>
  page.evaluate(() => {
    const a = document.activeElement as HTMLElement | null;
    return a === document.body ? 'body' : (a?.getAttribute('aria-label') ?? a?.textContent ?? '').trim();
  });

async function openDashboard(env: ReturnType<typeof useExtensionBrowser>, hash = '') {
  const page = await env.browser.openExtensionPage('dashboard.html', hash);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.locator('.ss-toolbar__count').waitFor({ timeout: 10_000 });
  return { page, errors };
}

describeBrowser('the shortlist manager in Chromium: popup and dashboard', () => {
  const env = useExtensionBrowser();

  beforeAll(async () => {
    const page = await env.browser.openExtensionPage('options.html');
    for (const [i, video] of videos.entries()) {
      await send(page, 'shortlist:add', { video, score: makeScore(video, 'awareness'), tags: i === 0 ? ['hero'] : [] });
    }
    await send(page, 'shortlist:update', { ids: [videos[2]!.id], patch: { status: 'live' } });
    await putRawShortlist(page, { videoId: BAD_ID, status: 'bogus', handle: 'broken' });
    await page.close();
  });

  it('lists the shortlisted videos in the popup with counts by status', async () => {
    const popup = await env.browser.openExtensionPage('popup.html');
    await expect.poll(() => popup.getByRole('listitem').count(), { timeout: 10_000 }).toBe(6);
    const counts = popup.getByLabel('Shortlist by status');
    await expect.poll(() => counts.innerText()).toMatch(/Candidate\s*5/);
    expect(await counts.innerText()).toMatch(/Live\s*1/);
    // The newest first: @booksbysam's video was shortlisted last.
    expect(await popup.getByRole('listitem').first().innerText()).toContain('@booksbysam');
    // Each status select is as wide as its longest option needs ("Code received" was cut to "Code receivec").
    const widths = await popup.getByRole('combobox').evaluateAll((selects) =>
      selects.map((s) => {
        const free = s.cloneNode(true) as HTMLSelectElement;
        free.style.width = 'auto';
        s.parentElement!.append(free);
        const needed = free.offsetWidth;
        free.remove();
        return { has: (s as HTMLElement).offsetWidth, needed };
      }),
    );
    expect(widths.filter((w) => w.has < w.needed)).toEqual([]);
    await popup.close();
  });

  it('changes a status from the popup and the dashboard shows it', async () => {
    const popup = await env.browser.openExtensionPage('popup.html');
    await popup.getByRole('combobox', { name: "Status of @fitbyana's video" }).selectOption('contacted');
    await expect.poll(() => popup.getByLabel('Shortlist by status').innerText()).toMatch(/Contacted\s*1/);
    await popup.close();
    const { page } = await openDashboard(env);
    const row = page.locator(`[data-video-id="${videos[3]!.id}"]`);
    await expect.poll(() => row.getByRole('combobox').inputValue(), { timeout: 10_000 }).toBe('contacted');
    await page.close();
  });

  it("brings forward the dashboard tab that is open instead of opening another, on the popup row's video", async () => {
    const { context } = env.browser;
    const dashboards = () => context.pages().filter((p) => p.url().includes('/dashboard.html'));
    for (const p of dashboards()) await p.close();
    const first = await env.browser.openExtensionPage('popup.html');
    await Promise.all([context.waitForEvent('page'), first.getByRole('button', { name: 'Open dashboard' }).click()]);
    await expect.poll(() => dashboards().length).toBe(1);
    const dashboard = dashboards()[0]!;
    await dashboard.getByRole('table', { name: 'Shortlisted videos' }).getByRole('row').nth(1).waitFor();
    await dashboard.evaluate(() => ((window as any).__sameDocument = true));

    const second = await env.browser.openExtensionPage('popup.html');
    await second
      .getByRole('button', { name: /@chef\.rio/ })
      .first()
      .click();
    const panel = dashboard.getByRole('complementary', { name: /@chef\.rio/ });
    await panel.getByRole('heading', { name: 'Factors' }).waitFor({ timeout: 10_000 });
    expect(dashboards()).toHaveLength(1);
    // The same page, not a reload: only its address's hash changed.
    expect(await dashboard.evaluate(() => (window as any).__sameDocument)).toBe(true);
    for (const p of [first, second, dashboard]) if (!p.isClosed()) await p.close();
  });

  it('shows every video and the corrupt record as one bad row with its reason', async () => {
    const { page, errors } = await openDashboard(env);
    await expect.poll(() => count(page), { timeout: 10_000 }).toBe('6 videos · 1 unreadable');
    expect(await bodyRows(page).count()).toBe(6);
    const bad = page.locator('.ss-trow--bad');
    expect(await bad.innerText()).toMatch(new RegExp(`Unreadable record\\s+${BAD_ID}\\s+status: Invalid option`));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('changes a status in the table, and it stays changed after a reload', async () => {
    const { page } = await openDashboard(env);
    const select = page.locator(`[data-video-id="${videos[4]!.id}"]`).getByRole('combobox');
    await select.selectOption('code-received');
    // The select follows the database: it shows the new status once the write is stored.
    await expect.poll(() => select.inputValue()).toBe('code-received');
    await page.reload();
    await page.locator('.ss-toolbar__count').waitFor();
    await expect
      .poll(() => page.locator(`[data-video-id="${videos[4]!.id}"]`).getByRole('combobox').inputValue())
      .toBe('code-received');
    await page.close();
  });

  it('filters by status, by tag and by text', async () => {
    const { page } = await openDashboard(env);
    await page.getByRole('button', { name: /^Live/ }).click();
    await expect.poll(() => count(page)).toMatch(/^1 of 6 videos/);
    expect(await bodyRows(page).first().innerText()).toContain('@chef.rio');
    await page.getByRole('button', { name: /^Clear filters/ }).click();
    await page.getByRole('combobox', { name: 'Tag' }).selectOption('hero');
    await expect.poll(() => count(page)).toMatch(/^1 of 6 videos/);
    await page.getByRole('button', { name: /^Clear filters/ }).click();
    await page.getByRole('searchbox', { name: /Search caption/ }).fill('@glowwithmia');
    await expect.poll(() => count(page)).toMatch(/^2 of 6 videos/);
    await page.close();
  });

  it('sorts by score from the column header', async () => {
    const { page } = await openDashboard(env);
    await page.getByRole('button', { name: /^Score/ }).click();
    await expect
      .poll(() => page.getByRole('columnheader', { name: /Score/ }).getAttribute('aria-sort'))
      .toBe('descending');
    const scores = await bodyRows(page).locator('.ss-score').allInnerTexts();
    const numbers = scores.map((s) => Number.parseInt(s, 10));
    expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
    await page.close();
  });

  it('deletes selected videos and brings them back with Undo', async () => {
    const { page } = await openDashboard(env);
    await expect.poll(() => count(page)).toMatch(/^6 videos/);
    await page.getByRole('checkbox', { name: "Select @thriftking's video" }).check();
    await page.getByRole('checkbox', { name: "Select @booksbysam's video" }).check();
    await page.getByRole('button', { name: 'Delete 2' }).click();
    await expect.poll(() => count(page)).toMatch(/^4 videos/);
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'deleted' }).innerText())
      .toContain('2 videos deleted');
    // The deletion reached the database: a fresh page (and the popup) agree.
    const popup = await env.browser.openExtensionPage('popup.html');
    await expect.poll(() => popup.getByRole('listitem').count()).toBe(4);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => count(page)).toMatch(/^6 videos/);
    await popup.reload();
    await expect.poll(() => popup.getByRole('listitem').count()).toBe(6);
    await popup.close();
    await page.close();
  });

  it('keeps keyboard focus through a bulk delete and its Undo', async () => {
    const { page } = await openDashboard(env);
    await expect.poll(() => count(page)).toMatch(/^6 videos/);
    await page.getByRole('checkbox', { name: "Select @thriftking's video" }).focus();
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Delete 1' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => count(page)).toMatch(/^5 videos/);
    // The Delete button left with the bulk bar; Undo is where keyboard users land.
    await expect.poll(() => focused(page)).toBe('Undo');
    await page.keyboard.press('Enter');
    await expect.poll(() => count(page)).toMatch(/^6 videos/);
    expect(await focused(page)).toBe('Shortlisted videos');
    await page.close();
  });

  it('returns focus to the row that opened the detail panel when Escape closes it', async () => {
    const { page } = await openDashboard(env);
    const opener = page.getByRole('button', { name: '@chef.rio' });
    await opener.focus();
    await page.keyboard.press('Enter');
    const panel = page.getByRole('complementary', { name: /@chef\.rio/ });
    await panel.getByRole('heading', { name: 'Factors' }).waitFor({ timeout: 10_000 });
    await page.keyboard.press('Escape');
    await expect.poll(() => panel.count()).toBe(0);
    expect(await opener.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.close();
  });

  /** The dashboard with the Candidate status filter on, once at least `min` rows show. */
  async function candidatesOnly(min: number): Promise<Page> {
    const { page } = await openDashboard(env);
    await expect.poll(() => count(page)).toMatch(/^6 videos/);
    await page
      .getByRole('group', { name: 'Status' })
      .getByRole('button', { name: /^Candidate/ })
      .click();
    await expect.poll(() => bodyRows(page).count()).toBeGreaterThanOrEqual(min);
    return page;
  }

  it('hides the bulk bar when the selected rows leave the view, with no "Delete 0" to press', async () => {
    const page = await candidatesOnly(2);
    const ids = await bodyRows(page).evaluateAll((rows) =>
      rows.slice(0, 2).map((r) => r.getAttribute('data-video-id')),
    );
    for (const id of ids) await page.locator(`[data-video-id="${id}"]`).getByRole('checkbox').check();
    const bar = page.getByRole('region', { name: 'Bulk actions' });
    // Contacted, picked with the keyboard: both rows leave the Candidate view.
    const status = bar.getByRole('combobox', { name: 'New status for 2 selected' });
    await status.focus();
    // Browsing with the arrows writes nothing (Chromium fires change on each); "Set status" does.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await status.inputValue()).toBe('contacted');
    // Long enough for a write to reach the table, were one made.
    await page.waitForTimeout(500);
    expect(await bodyRows(page).count()).toBeGreaterThanOrEqual(2);
    expect(await bar.innerText()).toContain('2 selected');
    await bar.getByRole('button', { name: 'Set status' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => bar.count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Delete \d/ }).count()).toBe(0);
    expect(await focused(page)).toBe('Shortlisted videos');
    // Put them back as candidates for the tests that follow.
    await page.getByRole('button', { name: /^Clear filters/ }).click();
    for (const id of ids) {
      const select = page.locator(`[data-video-id="${id}"]`).getByRole('combobox');
      await select.selectOption('candidate');
      await expect.poll(() => select.inputValue()).toBe('candidate');
    }
    await page.close();
  });

  it("lets a keyboard user step through a row's statuses under a status filter and saves only on Enter", async () => {
    const page = await candidatesOnly(1);
    const before = await bodyRows(page).count();
    const id = await bodyRows(page).first().getAttribute('data-video-id');
    const select = page.locator(`[data-video-id="${id}"]`).getByRole('combobox');
    await select.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await select.inputValue()).toBe('code-received');
    // Long enough for a write to reach the table, were one made: the row would leave the Candidate view.
    await page.waitForTimeout(500);
    expect(await bodyRows(page).count()).toBe(before);
    await page.keyboard.press('Enter');
    await expect.poll(() => bodyRows(page).count()).toBe(before - 1);
    await page.getByRole('button', { name: /^Clear filters/ }).click();
    const back = page.locator(`[data-video-id="${id}"]`).getByRole('combobox');
    await back.selectOption('candidate');
    await expect.poll(() => back.inputValue()).toBe('candidate');
    await page.close();
  });

  it('opens a video’s detail from its address, as a notification click does', async () => {
    const { page } = await openDashboard(env, `#/video/${videos[2]!.id}`);
    const panel = page.getByRole('complementary', { name: /@chef\.rio/ });
    await panel.getByRole('heading', { name: 'Factors' }).waitFor({ timeout: 10_000 });
    expect(await panel.getByRole('link', { name: 'Creator profile' }).getAttribute('href')).toBe(
      'https://www.tiktok.com/@chef.rio',
    );
    // The long panel scrolls on its own; the page header keeps its height, even in a short window.
    await page.setViewportSize({ width: 1280, height: 420 });
    const headerHeight = () =>
      page.evaluate(() => (document.querySelector('.ss-dash__header') as HTMLElement).offsetHeight);
    await expect.poll(headerHeight).toBe(52);
    // Beside the panel the table drops the columns the panel repeats, so every row's Status is in view without
    // scrolling sideways; closing the panel brings them back.
    const table = page.getByRole('table', { name: 'Shortlisted videos' });
    const overflow = () => table.evaluate((t) => t.scrollWidth - t.clientWidth);
    await expect.poll(overflow).toBeLessThanOrEqual(0);
    expect(await page.getByRole('columnheader', { name: 'Status' }).isVisible()).toBe(true);
    expect(await page.getByRole('columnheader', { name: 'Tags' }).isVisible()).toBe(false);
    await panel.getByRole('button', { name: 'Close details' }).click();
    await expect.poll(() => page.getByRole('columnheader', { name: 'Tags' }).isVisible()).toBe(true);
    // Nothing on the page opened it: focus goes to the table, not to <body>.
    expect(await focused(page)).toBe('Shortlisted videos');
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('');
    await page.close();
  });

  it('fits half a laptop screen: no sideways scroll, actions and Status in view, the detail panel slides over', async () => {
    const { page } = await openDashboard(env);
    await page.setViewportSize({ width: 683, height: 700 });
    const table = page.getByRole('table', { name: 'Shortlisted videos' });
    await table.getByRole('row').nth(1).waitFor();
    const sideways = () =>
      page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    await expect.poll(sideways).toBeLessThanOrEqual(0);
    await expect.poll(() => table.evaluate((t) => t.scrollWidth - t.clientWidth)).toBeLessThanOrEqual(0);
    const inView = async (name: string | RegExp, role: 'button' | 'columnheader' | 'combobox' = 'button') => {
      const box = await page.getByRole(role, { name }).first().boundingBox();
      return box !== null && box.x >= 0 && box.x + box.width <= 683;
    };
    for (const name of ['Rescore all', 'Export CSV', 'Backup']) expect(await inView(name)).toBe(true);
    expect(await inView('Status', 'columnheader')).toBe(true);
    expect(await inView(/^Status of /, 'combobox')).toBe(true);
    expect(await page.getByRole('columnheader', { name: 'Posted' }).isVisible()).toBe(false);
    expect(await page.getByRole('heading', { name: 'Spark Scout', level: 1 }).count()).toBe(1);

    // The panel covers the table's right side instead of squeezing it to a sliver.
    const tableWidth = await table.evaluate((t) => t.clientWidth);
    await table.getByRole('button', { name: /^@/ }).first().click();
    const panel = page.getByRole('complementary', { name: /@/ });
    await panel.getByRole('heading', { name: 'Factors' }).waitFor({ timeout: 10_000 });
    expect(await table.evaluate((t) => t.clientWidth)).toBe(tableWidth);
    const box = (await panel.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(683);
    expect(box.width).toBeGreaterThanOrEqual(400);
    await expect.poll(sideways).toBeLessThanOrEqual(0);

    // Wider windows with the panel open: over the table up to ~1,100 px, beside it above; Status always in view.
    for (const width of [1000, 1180, 1260]) {
      await page.setViewportSize({ width, height: 700 });
      await expect.poll(sideways).toBeLessThanOrEqual(0);
      await expect.poll(() => table.evaluate((t) => t.scrollWidth - t.clientWidth)).toBeLessThanOrEqual(0);
      const status = (await page.getByRole('columnheader', { name: 'Status' }).boundingBox())!;
      const side = (await panel.boundingBox())!;
      expect(status.x + status.width).toBeLessThanOrEqual(width <= 1095 ? width : side.x);
    }
    await page.close();
  });

  it('groups videos by creator with the single-video live campaign warning', async () => {
    const { page } = await openDashboard(env);
    await page.getByRole('tab', { name: /Creators/ }).click();
    const row = page.getByRole('row').filter({ hasText: '@chef.rio' });
    await expect.poll(() => row.innerText()).toContain('Live campaign depends on a single video');
    const mia = page.getByRole('row').filter({ hasText: '@glowwithmia' });
    expect(await mia.locator('[role="cell"]').nth(1).innerText()).toBe('2');
    await page.close();
  });

  it('saves settings on the options page where the background reads them', async () => {
    const page = await env.browser.openExtensionPage('options.html');
    await page.getByRole('radio', { name: /Conversion/ }).check();
    await page.getByRole('textbox', { name: 'Brand terms' }).fill('glowlab');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect.poll(() => page.getByRole('status').innerText()).toBe('Saved.');
    const reply = await send<{ settings: { objective: string; brandTerms: string[] } | null; problem: string | null }>(
      page,
      'settings:get',
    );
    expect(reply.problem).toBeNull();
    expect(reply.settings).toMatchObject({ objective: 'conversion', brandTerms: ['glowlab'] });
    await page.reload();
    await expect.poll(() => page.getByRole('radio', { name: /Conversion/ }).isChecked()).toBe(true);
    await page.close();
  });

  it('rescores every video with the current settings and compares the band counts', async () => {
    const { page } = await openDashboard(env);
    await expect.poll(() => count(page)).toMatch(/^6 videos/);
    await page.getByRole('button', { name: 'Rescore all' }).click();
    const region = page.getByRole('region', { name: 'Rescore all' });
    await expect.poll(() => region.getByRole('status').innerText(), { timeout: 20_000 }).toBe('Rescored 6 videos.');
    const rows = await region.getByRole('row').allInnerTexts();
    expect(rows[0]).toMatch(/Band\s+Before\s+After\s+Change/);
    const total = rows.slice(1).reduce((n, r) => n + Number(r.split(/\s+/).at(-2)), 0);
    expect(total).toBe(6);
    await region.getByRole('button', { name: 'Done' }).click();
    await page.close();
  });

  it('cuts a long handle in the popup with an ellipsis before the status select', async () => {
    const page = await env.browser.openExtensionPage('options.html');
    // TikTok handles go up to 24 characters.
    const video = makeVideo(99, undefined, NOW, 'a_very_long_handle_24chr');
    await send(page, 'shortlist:add', { video, score: makeScore(video, 'awareness') });
    const popup = await env.browser.openExtensionPage('popup.html');
    const item = popup.getByRole('listitem').filter({ hasText: '@a_very_long_handle_24chr' });
    const handle = item.locator('.ss-prow__handle');
    await handle.waitFor({ timeout: 10_000 });
    const handleBox = (await handle.boundingBox())!;
    const selectBox = (await item.getByRole('combobox').boundingBox())!;
    expect(handleBox.x + handleBox.width).toBeLessThanOrEqual(selectBox.x);
    expect(await handle.evaluate((el) => [el.scrollWidth > el.clientWidth, getComputedStyle(el).textOverflow])).toEqual(
      [true, 'ellipsis'],
    );
    await send(page, 'shortlist:delete', { ids: [video.id] });
    await popup.close();
    await page.close();
  });
});

describeBrowser('a video shortlisted from the overlay on the local TikTok site', () => {
  const env = useExtensionBrowser();

  it('shows up in the popup and in the dashboard, with its detail', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(`${env.site.origin}${DEMO_PATH}`);
    await page.getByRole('button', { name: 'Score this video' }).click();
    await page.getByRole('button', { name: 'Add to shortlist' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Shortlisted' }).count(), { timeout: 10_000 }).toBe(1);

    const popup = await env.browser.openExtensionPage('popup.html');
    await expect.poll(() => popup.getByRole('listitem').count(), { timeout: 10_000 }).toBe(1);
    expect(await popup.getByRole('listitem').innerText()).toContain('@w..corporation');
    await popup.close();

    const { page: dashboard } = await openDashboard(env);
    await expect.poll(() => count(dashboard)).toBe('1 video');
    const row = bodyRows(dashboard).first();
    expect(await row.innerText()).toContain('@w..corporation');
    // Sample 01's exact counts (tests/fixtures/tiktok/PROVENANCE.md): 317,100 views, 32,700 likes.
    expect(await row.innerText()).toMatch(/317\.1K[\s\S]*32\.7K/);
    await row.getByRole('button', { name: '@w..corporation' }).click();
    const panel = dashboard.getByRole('complementary', { name: /@w\.\.corporation/ });
    await panel.getByRole('heading', { name: 'Factors' }).waitFor({ timeout: 10_000 });
    expect(await panel.getByRole('link', { name: 'Open video on TikTok' }).getAttribute('href')).toMatch(
      /^https:\/\/www\.tiktok\.com\/@w\.\.corporation\/video\/\d+$/,
    );
    await dashboard.close();
    await page.close();
  });
});
