/** Minified + gzipped size of a one-line entry module, bundled for the browser with esbuild (vite's bundler). */
import { gzipSync } from 'node:zlib';

export async function bundleGzipKb(entry: string, root: string): Promise<string> {
  try {
    const { build } = await import('esbuild');
    const result = await build({
      stdin: { contents: entry, resolveDir: root, loader: 'ts' },
      bundle: true,
      minify: true,
      write: false,
      format: 'esm',
      platform: 'browser',
      logLevel: 'silent',
    });
    const bytes = result.outputFiles[0]!.contents;
    return `${(gzipSync(bytes, { level: 9 }).length / 1024).toFixed(1)} kB`;
  } catch (err) {
    return `n/a (${(err as Error).message.split('\n')[0]})`;
  }
}
