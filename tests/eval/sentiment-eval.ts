/**
 * Compares sentiment classifiers on files of human-rated texts (id TAB mean rating −4…+4 TAB text), the VADER
 * paper's way: 3-class F1 with thresholds ±0.05 on scores in [−1, 1], Pearson r against the mean rating, and time.
 *
 *   npm run eval:sentiment -- <file> [<file> …]      one table per file
 *   npm run eval:sentiment -- --results               the three reference sets → tests/eval/RESULTS.md
 */
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleGzipKb } from './bundle-size';
import { CLASSIFIERS } from './classifiers';
import { bootstrapMacroDiff, f1Scores, msPer1000, pearson, readRatedFile } from './metrics';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const REFERENCE_SETS = [
  join(root, 'tests/fixtures/tweets/tweets_GroundTruth.txt'),
  join(root, 'tests/fixtures/comments/tiktok-comments.tsv'),
  join(root, 'tests/fixtures/sentences/uci-sentences.tsv'),
];

async function table(path: string): Promise<string> {
  const rows = readRatedFile(path);
  const truth = rows.map((r) => r.truth);
  const texts = rows.map((r) => r.text);
  const counts = [0, 0, 0];
  for (const t of truth) counts[t > 0.05 ? 2 : t < -0.05 ? 0 : 1]!++;
  const lines = [
    `### ${relative(root, path)} — ${rows.length} texts (${counts[2]} positive, ${counts[1]} neutral, ${counts[0]} negative)`,
    '',
    '| classifier | macro F1 | Δ macro F1 vs vader-sentiment (95% CI) | weighted F1 | accuracy | Pearson r | CPU ms / 1,000 texts | bundle min+gzip | normalisation |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---|',
  ];
  const sizes = new Map<string, string>();
  const baseline = texts.map(CLASSIFIERS[0]!.score);
  for (const c of CLASSIFIERS) {
    const predicted = texts.map(c.score);
    const f = f1Scores(truth, predicted);
    const ms = msPer1000(c.score, texts);
    const delta = f.macro - f1Scores(truth, baseline).macro;
    const [lo, hi] = bootstrapMacroDiff(truth, predicted, baseline);
    const sign = (x: number) => (x >= 0 ? '+' : '−') + Math.abs(x).toFixed(3);
    const ci = c === CLASSIFIERS[0] ? '—' : `${sign(delta)} (${sign(lo)} … ${sign(hi)})`;
    if (!sizes.has(c.bundleEntry)) sizes.set(c.bundleEntry, await bundleGzipKb(c.bundleEntry, root));
    lines.push(
      `| ${c.name} | ${f.macro.toFixed(3)} | ${ci} | ${f.weighted.toFixed(3)} | ${f.accuracy.toFixed(3)} | ` +
        `${pearson(truth, predicted).toFixed(3)} | ${ms.toFixed(1)} | ${sizes.get(c.bundleEntry)} | ${c.normalisation} |`,
    );
  }
  return lines.join('\n');
}

const args = process.argv.slice(2);
if (args.length === 0) {
  console.error('usage: npm run eval:sentiment -- <file> [<file> …] | --results');
  process.exit(2);
}
if (args[0] === '--results') {
  const tables = [];
  for (const p of REFERENCE_SETS) tables.push(await table(p));
  const out = join(root, 'tests/eval/RESULTS.md');
  const body = (await import('./results-template')).resultsMarkdown(tables, process.version, loadavg()[0]!);
  writeFileSync(out, body);
  console.log(body);
} else {
  for (const p of args) console.log((await table(resolve(p))) + '\n');
}
