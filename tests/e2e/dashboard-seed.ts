import { bundleForPage } from '../browser/bundle-for-page';
import type { Page } from 'playwright-core';

/**
 * Seeding the extension's database from tests and benches, with nothing test-only in the product:
 * - `send`: one message in @webext-core/messaging's wire format ({ id, type, data, timestamp } → { res } | { err }),
 *   from an extension page, exactly as the content script or the dashboard sends it;
 * - `seedGenerated`: thousands of generated rows through lib/db's own writeBundle, bundled here with esbuild and
 *   evaluated in an extension page (same origin, so the same IndexedDB the dashboard reads);
 * - `putRawShortlist`: a record written with the bare IndexedDB API, bypassing every check (a corrupt row).
 */

export async function send<T = unknown>(page: Page, type: string, data?: unknown): Promise<T> {
  const wire = await page.evaluate(
    (msg) => (globalThis as any).chrome.runtime.sendMessage({ id: 1, timestamp: Date.now(), ...msg }),
    { type, data },
  );
  if (wire?.err) throw new Error(`${type}: ${wire.err.message}`);
  const reply = wire?.res as { ok: boolean; data?: T; error?: { message: string } } | undefined;
  if (!reply?.ok) throw new Error(`${type}: ${reply?.error?.message ?? 'no reply'}`);
  return reply.data as T;
}

let seeder: Promise<string> | undefined;

/** The generator and lib/db as one script that defines `globalThis.__sparkScoutSeed(count, seed)`. */
function seederScript(): Promise<string> {
  seeder ??= bundleForPage(
    `
        import { openDb } from '@/lib/db';
        import { seedDb } from '@/tests/fixtures/db/seed';
        globalThis.__sparkScoutSeed = async (count, seed) => {
          const db = openDb();
          try {
            const data = await seedDb(db, count, seed);
            return data.entries.length;
          } finally {
            db.close();
          }
        };`,
  );
  return seeder;
}

/** Writes `count` generated shortlisted videos (tests/fixtures/db/generate.ts) into the extension's database. */
export async function seedGenerated(page: Page, count: number, seed = 42): Promise<number> {
  await page.evaluate(await seederScript());
  return page.evaluate(([n, s]) => (globalThis as any).__sparkScoutSeed(n, s) as Promise<number>, [
    count,
    seed,
  ] as const);
}

/** Puts a record into the shortlist store as is, with no schema check: how a corrupt row gets there. */
export async function putRawShortlist(page: Page, record: Record<string, unknown>): Promise<void> {
  await page.evaluate(
    (rec) =>
      new Promise<void>((done, fail) => {
        const open = indexedDB.open('spark-scout');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('shortlist', 'readwrite');
          tx.objectStore('shortlist').put(rec);
          tx.oncomplete = () => {
            open.result.close();
            done();
          };
          tx.onerror = () => fail(tx.error);
        };
      }),
    record,
  );
}
