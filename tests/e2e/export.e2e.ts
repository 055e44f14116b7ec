import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import type { Download, Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
// Relative imports: the browser-test config has no '@/' alias (only type imports below use it).
import { createAuthorization } from '../../lib/ledger/history';
import type { VideoRecord } from '../../lib/schemas/video';
import { makeScore, makeVideo } from '../fixtures/db/generate';
import { send } from './dashboard-seed';
import { describeBrowser, useExtensionBrowser } from './fixtures';

/**
 * CSV export, backup and restore end to end in real Chromium with the built extension. Videos and a code go in through
 * the messages the extension sends (from an extension page); then the dashboard's "Export CSV" is clicked like a user
 * would, the download is caught by Playwright and read with papaparse, and a backup file is restored through the
 * options page's file picker.
 */

/** The column contract of issue 8, written out here rather than imported, so the test checks the exporter against it. */
const CONTRACT = [
  'video_url', 'video_id', 'creator_handle', 'creator_profile_url', 'creator_nickname', 'creator_followers', 'caption',
  'hashtags', 'posted_at', 'duration_s', 'views', 'likes', 'comments', 'shares', 'saves', 'engagement_rate_pct',
  'score', 'band', 'objective', 'hook_score', 'length_score', 'comments_score', 'evergreen_score', 'engagement_score',
  'policy_flags', 'eligibility', 'eligibility_reasons', 'status', 'tags', 'notes', 'auth_status',
  'auth_duration_days', 'auth_expires_at', 'auth_code', 'shortlisted_at', 'scored_at',
]; // prettier-ignore

const NOW = Date.now();
const CODE = '#Kx3bQ9vLm2Pz8Rw5Tn7Yc4Hd6Jf1Ga0Se3Ub5Wi7Oq9=';
const CAPTION = 'Tried it "for real", honestly 😍🔥\nday 2, still glowing #skincare #fyp';

function hero(): VideoRecord {
  const v = makeVideo(501, undefined, NOW, 'mia.makes');
  const exact = (value: number) => ({ value, exact: true, source: 'statsV2' as const, capturedAt: NOW });
  return {
    ...v,
    caption: CAPTION,
    hashtags: ['skincare', 'fyp'],
    stats: {
      views: exact(317_100),
      likes: exact(32_700),
      comments: exact(449),
      shares: exact(1_425),
      saves: exact(4_768),
    },
  };
}
const mia = hero();
const others = ['chef.rio', 'fitbyana', 'booksbysam'].map((h, i) =>
  makeVideo(502 + i, undefined, NOW - (i + 1) * 60_000, h),
);
// A caption a spreadsheet would run as a formula.
others[0] = { ...others[0]!, caption: '=HYPERLINK("http://evil.example","win a prize")' };
const videos = [mia, ...others];

const FIXTURE_V2 = resolve(import.meta.dirname, '../fixtures/export/backup-v2.json');
const V2_IDS = ['7606836476323597588', '7513039993741397256', '7498337886933191943'];

const bodyRows = (page: Page) => page.locator('.ss-table__body [role="row"][data-video-id]');

async function openDashboard(env: ReturnType<typeof useExtensionBrowser>) {
  const page = await env.browser.openExtensionPage('dashboard.html');
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.locator('.ss-toolbar__count[data-complete="true"]').waitFor({ timeout: 15_000 });
  return { page, errors };
}

/** Clicks "Download CSV" in the open Export CSV dialog and reads the file the browser saved. */
async function downloadCsv(page: Page): Promise<{ download: Download; text: string }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  const path = await download.path();
  return { download, text: readFileSync(path, 'utf8') };
}

const parse = (text: string) => Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
const byColumn = (header: string[], row: string[]) => Object.fromEntries(header.map((c, i) => [c, row[i]]));

describeBrowser('CSV export, backup and restore in Chromium', () => {
  const env = useExtensionBrowser();

  beforeAll(async () => {
    const page = await env.browser.openExtensionPage('options.html');
    for (const [i, video] of videos.entries()) {
      await send(page, 'shortlist:add', {
        video,
        score: makeScore(video, 'awareness'),
        tags: i === 0 ? ['hero', 'ugc'] : [],
        ...(i === 0 ? { note: 'Ask for a 20 s cut' } : {}),
      });
    }
    await send(
      page,
      'authorization:add',
      createAuthorization({ videoId: mia.id, code: CODE, grantedDays: 30 }, { now: NOW }),
    );
    await page.close();
  });

  it('downloads what the table shows as spark-scout-shortlist-YYYY-MM-DD.csv under the contract header', async () => {
    const { page, errors } = await openDashboard(env);
    await page.getByRole('button', { name: 'Export CSV' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export CSV' });
    await expect.poll(() => dialog.innerText()).toContain('Exports 4 videos as the table shows them');
    expect(await dialog.getByRole('checkbox', { name: 'Include authorization codes' }).isChecked()).toBe(false);
    const { download, text } = await downloadCsv(page);

    expect(download.suggestedFilename()).toMatch(/^spark-scout-shortlist-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    const { data, errors: csvErrors } = parse(text);
    expect(csvErrors).toEqual([]);
    const [header, ...rows] = data;
    expect(header).toEqual(CONTRACT);
    // The table's default sort is newest shortlisted first; the file follows it.
    expect(rows.map((r) => r[1])).toEqual(
      await bodyRows(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-video-id'))),
    );
    const row = byColumn(
      header!,
      rows.find((r) => r[1] === mia.id)!,
    );
    expect(row).toMatchObject({
      video_url: `https://www.tiktok.com/@mia.makes/video/${mia.id}`,
      creator_handle: 'mia.makes',
      creator_profile_url: 'https://www.tiktok.com/@mia.makes',
      caption: CAPTION,
      hashtags: 'skincare;fyp',
      views: '317100',
      likes: '32700',
      saves: '4768',
      // (32,700 + 449 + 1,425 + 4,768) ÷ 317,100 × 100
      engagement_rate_pct: '12.41',
      status: 'candidate',
      tags: 'hero;ugc',
      notes: 'Ask for a 20 s cut',
      auth_status: 'received',
      auth_duration_days: '30',
      auth_code: '',
    });
    expect(row.shortlisted_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    const evil = byColumn(
      header!,
      rows.find((r) => r[1] === others[0]!.id)!,
    );
    expect(evil.caption).toBe(`'=HYPERLINK("http://evil.example","win a prize")`);
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Downloaded' }).innerText())
      .toMatch(/with 4 rows\.$/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('exports only the filtered rows, with codes and the Excel BOM when the user opts in', async () => {
    const { page } = await openDashboard(env);
    await page.getByRole('searchbox', { name: /Search caption/ }).fill('@mia.makes');
    await expect.poll(() => page.locator('.ss-toolbar__count').innerText()).toMatch(/^1 of 4 videos/);
    await page.getByRole('button', { name: 'Export CSV' }).click();
    await page.getByRole('checkbox', { name: 'Include authorization codes' }).check();
    await page.getByRole('checkbox', { name: 'For Excel' }).check();
    const { text } = await downloadCsv(page);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const [header, ...rows] = parse(text).data;
    expect(rows).toHaveLength(1);
    expect(byColumn(header!, rows[0]!)).toMatchObject({ video_id: `="${mia.id}"`, auth_code: CODE });
    await page.close();
  });

  it('exports the selection from the bulk-actions bar', async () => {
    const { page } = await openDashboard(env);
    await page.getByRole('checkbox', { name: "Select @fitbyana's video" }).check();
    await page.getByRole('checkbox', { name: "Select @booksbysam's video" }).check();
    const bulk = page.getByRole('region', { name: 'Bulk actions' });
    await bulk.getByRole('button', { name: 'Export CSV' }).click();
    await expect.poll(() => bulk.getByRole('dialog').innerText()).toContain('Exports 2 selected videos.');
    const { text } = await downloadCsv(page);
    const ids = parse(text)
      .data.slice(1)
      .map((r) => r[1]);
    expect(ids.sort()).toEqual([others[1]!.id, others[2]!.id].sort());
    await page.close();
  });

  it('refuses a CSV from another tool in the Backup menu and changes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'spark-scout-export-'));
    const contacts = join(dir, 'contacts.csv');
    writeFileSync(contacts, 'Name,Email\nMia,mia@example.com\n');
    const { page } = await openDashboard(env);
    await page.getByRole('button', { name: 'Backup', exact: true }).click();
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: 'Import teammate’s shortlist (CSV or JSON)' }).click(),
    ]);
    await chooser.setFiles(contacts);
    await expect
      .poll(() => page.getByRole('alert').innerText())
      .toMatch(/^contacts\.csv: is not a Spark Scout CSV export/);
    expect(await page.getByRole('button', { name: 'Apply' }).count()).toBe(0);
    expect(await page.locator('.ss-toolbar__count').innerText()).toMatch(/^4 videos/);
    await page.close();
  });

  it('restores a backup file from the options page: preview, Apply, then the rows in the dashboard', async () => {
    const options = await env.browser.openExtensionPage('options.html');
    const [chooser] = await Promise.all([
      options.waitForEvent('filechooser'),
      options.getByRole('button', { name: 'Restore from file…' }).click(),
    ]);
    await chooser.setFiles(FIXTURE_V2);
    const preview = options.getByRole('region', { name: 'Preview of backup-v2.json' });
    await preview.waitFor();
    const counts = await preview
      .getByRole('list', { name: 'What the file would change' })
      .getByRole('listitem')
      .allInnerTexts();
    expect(counts.map((c) => c.replace(/\s+/g, ' '))).toEqual(['3 new', '0 updated', '0 unchanged', '0 invalid']);
    expect(await preview.innerText()).toContain('settings (objective, weights, brand, reminders) will replace');

    // Nothing is written before Apply.
    const before = await openDashboard(env);
    expect(await bodyRows(before.page).count()).toBe(4);
    await before.page.close();

    await preview.getByRole('button', { name: 'Apply' }).click();
    await expect
      .poll(() => options.getByRole('status').filter({ hasText: 'Restored' }).innerText())
      .toBe('Restored backup-v2.json: 3 videos added, 0 videos updated; settings restored.');
    // The restored settings are on the form now (the fixture's industry).
    await expect.poll(() => options.getByLabel('Industry (engagement benchmarks)').inputValue()).toBe('tech-software');
    await options.close();

    const { page } = await openDashboard(env);
    await expect.poll(() => page.locator('.ss-toolbar__count').innerText()).toMatch(/^7 videos/);
    const shown = await bodyRows(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-video-id')));
    expect(shown).toEqual(expect.arrayContaining([...V2_IDS, mia.id]));
    expect(await page.locator(`[data-video-id="${V2_IDS[0]}"]`).innerText()).toContain('@w..corporation');
    await page.close();
  });
});

describeBrowser('the options page in Chromium', () => {
  const env = useExtensionBrowser();

  it('reads a weight typed with a decimal comma as a decimal, not ten times more', async () => {
    const page = await env.browser.openExtensionPage('options.html');
    const settings = async () =>
      (await send<{ settings: { weights: Record<string, Record<string, number>> } | null }>(page, 'settings:get'))
        .settings;
    // Typed key by key, as a user would: Chromium's number box took "1,5" for 15 and "0,5" for 5.
    const hook = page.getByRole('textbox', { name: 'Hook (first 3 s) weight for Awareness' });
    await hook.click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('1,5');
    const cta = page.getByRole('textbox', { name: 'Call to action weight for Awareness' });
    await cta.click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('0,5');
    expect(await hook.inputValue()).toBe('1,5');
    // 1.5 of 1.5 + 1.5 + 1 + 1.5 + 2 + 2 + 0.5 = 10.
    expect(await hook.locator('xpath=..').locator('.ss-weights__share').innerText()).toBe('15%');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect.poll(() => page.getByRole('status').innerText()).toBe('Saved.');
    expect((await settings())?.weights.awareness).toMatchObject({ hook: 1.5, cta: 0.5 });
    await page.close();
  });

  it('says a restore discards unsaved edits, then shows the restored settings', async () => {
    const page = await env.browser.openExtensionPage('options.html');
    await page.getByRole('textbox', { name: 'Brand terms' }).fill('glowlab');
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: 'Restore from file…' }).click(),
    ]);
    await chooser.setFiles(FIXTURE_V2);
    const preview = page.getByRole('region', { name: 'Preview of backup-v2.json' });
    await expect.poll(() => preview.innerText()).toContain('Your unsaved changes on this page will be discarded.');
    await preview.getByRole('button', { name: 'Apply' }).click();
    await expect.poll(() => page.getByLabel('Industry (engagement benchmarks)').inputValue()).toBe('tech-software');
    expect(await page.getByRole('textbox', { name: 'Brand terms' }).inputValue()).toBe('');
    expect(await page.locator('.ss-options__status').innerText()).toBe('');
    await page.close();
  });

  it('asks before closing the tab with unsaved changes', async () => {
    const page = await env.browser.openExtensionPage('options.html');
    // Typed (a user gesture: Chromium asks only on a page the user has interacted with).
    await page.getByRole('textbox', { name: 'Brand terms' }).click();
    await page.keyboard.type('glowlab');
    await expect.poll(() => page.getByRole('status').innerText()).toBe('Unsaved changes');
    const asked = page.waitForEvent('dialog', { timeout: 5_000 });
    await page.close({ runBeforeUnload: true });
    const dialog = await asked;
    expect(dialog.type()).toBe('beforeunload');
    // Leave: the page goes without saving.
    await dialog.accept();
  });
});
