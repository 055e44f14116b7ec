import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BenchRow, BenchSuite } from '../types';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

/** Raw and gzipped size of each built JavaScript entry point (and its chunks) in the Chrome build. */
const suite: BenchSuite = {
  name: 'bundle size',
  async run({ extensionDir }) {
    const rows: BenchRow[] = [];
    for (const file of files(extensionDir)
      .filter((f) => f.endsWith('.js'))
      .sort()) {
      const buf = readFileSync(file);
      const name = relative(extensionDir, file);
      rows.push({ name: `${name} raw`, value: buf.length / 1024, unit: 'kB' });
      rows.push({ name: `${name} gzip`, value: gzipSync(buf, { level: 9 }).length / 1024, unit: 'kB' });
    }
    return rows;
  },
};
export default suite;
