import { readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BenchRow, BenchSuite } from './types';

// The one place benchmarks print: every suite in ./suites, one table, real measurements with same-run baselines.
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const ctx = { root, extensionDir: resolve(root, process.env.SPARK_SCOUT_OUT_DIR ?? '.output', 'chrome-mv3') };
const only = process.argv.slice(2);

const files = readdirSync(join(root, 'tests/bench/suites'))
  .filter((f) => f.endsWith('.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

const rows: Array<BenchRow & { suite: string }> = [];
let failed = 0;
for (const file of files) {
  const mod = (await import(pathToFileURL(join(root, 'tests/bench/suites', file)).href)) as {
    default: BenchSuite;
  };
  const suite = mod.default;
  process.stderr.write(`bench: ${suite.name}…\n`);
  try {
    for (const row of await suite.run(ctx)) rows.push({ ...row, suite: suite.name });
  } catch (err) {
    failed++;
    rows.push({ suite: suite.name, name: `FAILED: ${(err as Error).message}`, value: NaN, unit: 'ms', pass: false });
  }
}

const fmt = (v: number) => (Number.isNaN(v) ? '—' : v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(3));
const table = rows.map((r) => ({
  suite: r.suite,
  measurement: r.name,
  value: `${fmt(r.value)} ${r.unit}`,
  baseline: r.baseline ? `${fmt(r.baseline.value)} ${r.unit} (${r.baseline.name})` : '',
  target: r.target ?? '',
  result: r.pass === undefined ? 'info' : r.pass ? 'PASS' : 'FAIL',
}));
const cols = ['suite', 'measurement', 'value', 'baseline', 'target', 'result'] as const;
const widths = cols.map((c) => Math.max(c.length, ...table.map((t) => t[c].length)));
const line = (cells: readonly string[]) => '| ' + cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ') + ' |';
console.log(line(cols));
console.log('|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|');
for (const t of table) console.log(line(cols.map((c) => t[c])));
const misses = rows.filter((r) => r.pass === false).length;
console.log(
  `\n${rows.length} measurements, ${misses} missed target${misses === 1 ? '' : 's'}${failed ? `, ${failed} suites failed` : ''}`,
);
process.exitCode = misses > 0 ? 1 : 0;
