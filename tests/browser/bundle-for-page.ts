import { resolve } from 'node:path';
import { build } from 'esbuild';

const ROOT = resolve(import.meta.dirname, '../..');

/**
 * Bundles TypeScript source (imports may use the `@/` alias) into one classic script to evaluate in an extension
 * page: how browser tests and benches seed the database or time project code inside Chromium.
 */
export async function bundleForPage(contents: string): Promise<string> {
  const out = await build({
    stdin: { contents, resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    logLevel: 'silent',
    tsconfig: resolve(ROOT, 'tsconfig.json'),
  });
  return out.outputFiles[0]!.text;
}
