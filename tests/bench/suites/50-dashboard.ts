import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../../browser/launch';
import { seedGenerated } from '../../e2e/dashboard-seed';
import type { BenchRow, BenchSuite } from '../types';

/**
 * The popup and the dashboard in real Chromium with the built extension, on an empty database (the same-run
 * baseline) and then on 10,000 generated shortlisted videos. Times are taken inside the page: first render from
 * navigation start (performance.now()) to the first row in the DOM; sort and filter from the click to the committed
 * DOM change with layout forced. Each figure is the median of RUNS.
 */

const ROWS = 10_000;
const RUNS = 7;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * In-page helpers, installed in every page before its scripts run. A string, not a function: tsx compiles this file
 * with esbuild's keepNames, whose `__name()` wrappers would not exist in the page.
 * - `__ssMarks`: when each selector first matched (ms since navigation start); attributes are watched too, because
 *   React may turn an element into the awaited one by changing its class;
 * - `__ssTimeClick(selector, doneExpr)`: clicks, then waits for a DOM change after which `doneExpr` holds (a
 *   MutationObserver fires right after React commits), forces style and layout, and returns the elapsed ms.
 */
const IN_PAGE = `
(() => {
  const marks = {
    firstRow: '.ss-table__body [data-video-id]',
    tableReady: '.ss-toolbar__count',
    allRows: '.ss-toolbar__count[data-complete="true"]',
    popupRow: '.ss-prow',
    popupEmpty: '.ss-popup__empty',
  };
  const seen = (globalThis.__ssMarks = {});
  new MutationObserver(() => {
    for (const [name, sel] of Object.entries(marks)) if (!(name in seen) && document.querySelector(sel)) seen[name] = performance.now();
  }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  globalThis.__ssTimeClick = (sel, doneExpr) => new Promise((resolve, reject) => {
    const isDone = new Function('return (' + doneExpr + ')');
    const target = document.querySelector(sel);
    if (!target) return reject(new Error('no ' + sel));
    const t0 = performance.now();
    const obs = new MutationObserver(() => {
      if (!isDone()) return;
      obs.disconnect();
      void document.body.offsetHeight;
      resolve(performance.now() - t0);
    });
    obs.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    target.click();
    setTimeout(() => reject(new Error('timed out waiting for ' + doneExpr)), 10000);
  });
})();
`;

/** Loads an extension page and returns when `mark` appeared, in ms since navigation start. */
async function loadUntil(b: ExtensionBrowser, page: Page, file: string, mark: string): Promise<number> {
  await page.goto(`chrome-extension://${b.extensionId}/${file}`);
  await page
    .waitForFunction((m) => (globalThis as any).__ssMarks?.[m] !== undefined, mark, { timeout: 30_000 })
    .catch((e: Error) => {
      throw new Error(`${file}: no ${mark} (${e.message.split('\n')[0]})`);
    });
  return page.evaluate((m) => (globalThis as any).__ssMarks[m] as number, mark);
}

/** The median of RUNS loads, after one untimed load (the first one also compiles the page's scripts). */
async function medianLoad(b: ExtensionBrowser, page: Page, file: string, mark: string): Promise<number> {
  await loadUntil(b, page, file, mark);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) times.push(await loadUntil(b, page, file, mark));
  return median(times);
}

/** Clicks `selector` and returns the ms until `done` (a JavaScript expression) holds after the DOM changed. */
function timeClick(page: Page, selector: string, done: string): Promise<number> {
  return page.evaluate(([sel, expr]) => (globalThis as any).__ssTimeClick(sel, expr) as Promise<number>, [
    selector,
    done,
  ] as const);
}

const SCORE_HEADER = '[role="columnheader"]:nth-child(2) .ss-sort';
const scoreSortIs = (dir: string) =>
  `document.querySelector('[role="columnheader"]:nth-child(2)')?.getAttribute('aria-sort') === '${dir}'`;
const LIVE_TOGGLE = '.ss-toggle--live';
const pressed = (v: string) => `document.querySelector('${LIVE_TOGGLE}')?.getAttribute('aria-pressed') === '${v}'`;
const countIs = (pattern: string) =>
  `/${pattern}/.test(document.querySelector('.ss-toolbar__count')?.textContent ?? '')`;
/** Waits for the toolbar count to match `pattern` (a function, not a string: extension pages forbid eval). */
const waitForCount = (page: Page, pattern: string, timeout = 30_000) =>
  page.waitForFunction(
    (p) => new RegExp(p).test(document.querySelector('.ss-toolbar__count')?.textContent ?? ''),
    pattern,
    { timeout },
  );

/** Alternating clicks (descending/ascending, on/off), each timed; the median of RUNS. */
async function medianClicks(page: Page, selector: string, states: readonly [string, string]): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) times.push(await timeClick(page, selector, states[i % 2]!));
  return median(times);
}

const suite: BenchSuite = {
  name: 'dashboard and popup (Chromium)',
  // launch.ts loads the build in SPARK_SCOUT_OUT_DIR (resolved like ctx.extensionDir, but absolute paths work too).
  async run() {
    // No TikTok page is opened; the host mapping only needs some port.
    const b = await launchWithExtension({ sitePort: 9, viewport: { width: 1400, height: 900 } });
    const out: BenchRow[] = [];
    try {
      await b.context.addInitScript(IN_PAGE);
      const page = await b.context.newPage();

      // Same-run baselines: the same pages and clicks on an empty database.
      const emptyDashboard = await medianLoad(b, page, 'dashboard.html', 'tableReady');
      const emptySort = await medianClicks(page, SCORE_HEADER, [scoreSortIs('descending'), scoreSortIs('ascending')]);
      const emptyFilter = await medianClicks(page, LIVE_TOGGLE, [pressed('true'), pressed('false')]);
      const emptyPopup = await medianLoad(b, page, 'popup.html', 'popupEmpty');

      let t0 = performance.now();
      const seeded = await seedGenerated(page, ROWS);
      out.push({
        name: `seed ${seeded} shortlisted videos (lib/db writeBundle in the page)`,
        value: performance.now() - t0,
        unit: 'ms',
      });

      // The newest rows show first (lib/ui/row-source.ts); sorting and filtering wait for every row.
      const firstTimes: number[] = [];
      const allTimes: number[] = [];
      await loadUntil(b, page, 'dashboard.html', 'firstRow');
      for (let i = 0; i < RUNS; i++) {
        firstTimes.push(await loadUntil(b, page, 'dashboard.html', 'firstRow'));
        await page.waitForFunction(() => (globalThis as any).__ssMarks?.allRows !== undefined, undefined, {
          timeout: 30_000,
        });
        allTimes.push(await page.evaluate(() => (globalThis as any).__ssMarks.allRows as number));
      }
      const firstRender = median(firstTimes);
      out.push({
        name: `dashboard first render, ${ROWS} rows (navigation start → first rows in the table)`,
        value: firstRender,
        unit: 'ms',
        baseline: { name: 'same page, empty database', value: emptyDashboard },
        target: '< 500 ms',
        pass: firstRender < 500,
      });
      out.push({
        name: `dashboard with all ${ROWS} rows read and checked: sort, filter, totals ready (navigation start)`,
        value: median(allTimes),
        unit: 'ms',
        baseline: { name: 'same page, empty database', value: emptyDashboard },
      });
      const domRows = await page.locator('.ss-table__body [role="row"]').count();
      out.push({
        name: `table rows in the DOM with ${ROWS} videos`,
        value: domRows,
        unit: 'count',
        baseline: { name: 'rows in the shortlist', value: ROWS },
        target: '≤ 100',
        pass: domRows > 0 && domRows <= 100,
      });

      const sort = await medianClicks(page, SCORE_HEADER, [scoreSortIs('descending'), scoreSortIs('ascending')]);
      out.push({
        name: `sort ${ROWS} rows by score (click → table updated)`,
        value: sort,
        unit: 'ms',
        baseline: { name: 'same click, empty database', value: emptySort },
        target: '< 100 ms',
        pass: sort < 100,
      });
      const views = '[role="columnheader"]:nth-child(5) .ss-sort';
      const viewsSort = await medianClicks(page, views, [
        `document.querySelector('[role="columnheader"]:nth-child(5)')?.getAttribute('aria-sort') === 'descending'`,
        `document.querySelector('[role="columnheader"]:nth-child(5)')?.getAttribute('aria-sort') === 'ascending'`,
      ]);
      out.push({
        name: `sort ${ROWS} rows by views (click → table updated)`,
        value: viewsSort,
        unit: 'ms',
        baseline: { name: 'same click, empty database', value: emptySort },
        target: '< 100 ms',
        pass: viewsSort < 100,
      });
      const all = ROWS.toLocaleString('en-US');
      const filter = await medianClicks(page, LIVE_TOGGLE, [
        `${pressed('true')} && ${countIs(`of ${all} videos`)}`,
        `${pressed('false')} && ${countIs(`^${all} videos`)}`,
      ]);
      out.push({
        name: `filter ${ROWS} rows by status "Live" (click → table updated)`,
        value: filter,
        unit: 'ms',
        baseline: { name: 'same click, empty database', value: emptyFilter },
        target: '< 100 ms',
        pass: filter < 100,
      });
      const rowsAfterFilter = await page.locator('.ss-table__body [role="row"]').count();
      if (rowsAfterFilter === 0 || rowsAfterFilter > 100)
        throw new Error(`${rowsAfterFilter} rows in the DOM after filtering`);

      // A status edit in a 10,000-row table: the write, then only that record is read back (lib/ui/row-source.ts).
      if ((await page.locator(LIVE_TOGGLE).getAttribute('aria-pressed')) === 'true')
        await page.locator(LIVE_TOGGLE).click();
      await waitForCount(page, `^${all} videos`);
      const id = await page.locator('.ss-table__body [data-video-id]').first().getAttribute('data-video-id');
      const select = page.locator(`[data-video-id="${id}"] select`);
      const edits: number[] = [];
      for (let i = 0; i < 5; i++) {
        const next = (await select.inputValue()) === 'contacted' ? 'rejected' : 'contacted';
        t0 = performance.now();
        await select.selectOption(next);
        await page.waitForFunction(
          ([rowId, v]) =>
            (document.querySelector(`[data-video-id="${rowId}"] select`) as HTMLSelectElement | null)?.value === v,
          [id, next] as const,
        );
        edits.push(performance.now() - t0);
      }
      out.push({
        name: `status change shown in a ${ROWS}-row table (select → row updated, incl. CDP)`,
        value: median(edits),
        unit: 'ms',
      });

      // "Rescore all" end to end: read every record from IndexedDB, check it (zod), score it, save all scores in one
      // transaction. The generated records carry no comments or transcript, so this is lighter per video than the
      // rescoreMany row (scoring suite); it shows what IndexedDB and the checks add. Info only.
      t0 = performance.now();
      await page.getByRole('button', { name: 'Rescore all', exact: true }).click();
      await page
        .getByRole('status')
        .filter({ hasText: /^Rescored / })
        .waitFor({ timeout: 120_000 });
      out.push({
        name: `"Rescore all" in the dashboard, ${ROWS} stored videos without comments (click → result shown)`,
        value: performance.now() - t0,
        unit: 'ms',
      });
      await page.getByRole('button', { name: 'Done', exact: true }).click();

      // Deleting every row and taking it back: one transaction each (lib/db/shortlist-undo.ts), then the table
      // follows the database. Timed from Node around the click (incl. CDP): each takes longer than __ssTimeClick waits.
      await page.getByRole('checkbox', { name: `Select all ${ROWS} shown videos` }).check();
      t0 = performance.now();
      await page.getByRole('button', { name: `Delete ${all}`, exact: true }).click();
      await page
        .getByRole('status')
        .filter({ hasText: `${all} videos deleted` })
        .waitFor({ timeout: 120_000 });
      await waitForCount(page, '^0 videos', 120_000);
      out.push({ name: `delete all ${ROWS} (click → done)`, value: performance.now() - t0, unit: 'ms' });
      t0 = performance.now();
      await page.getByRole('button', { name: 'Undo', exact: true }).click();
      await waitForCount(page, `^${all} videos`, 120_000);
      out.push({ name: 'undo it (click → all rows back in the table)', value: performance.now() - t0, unit: 'ms' });

      const popup = await medianLoad(b, page, 'popup.html', 'popupRow');
      out.push({
        name: `popup open, ${ROWS} shortlisted (navigation start → first row)`,
        value: popup,
        unit: 'ms',
        baseline: { name: 'same page, empty database', value: emptyPopup },
        target: '< 200 ms',
        pass: popup < 200,
      });
    } finally {
      await b.close();
    }
    return out;
  },
};
export default suite;
