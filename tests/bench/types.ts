/**
 * One row of the `npm run bench` table. Each suite in tests/bench/suites/*.ts default-exports a BenchSuite.
 * A row measures one thing and, where the target is relative, names the baseline measured in the same run.
 */
export interface BenchRow {
  /** What was measured, e.g. "extract record from sample 01 page". */
  name: string;
  /** The measured value (median unless the name says otherwise). */
  value: number;
  unit: 'ms' | 'kB' | 'MB' | 'x' | 'count' | '%';
  /** The same-run baseline, e.g. { name: 'JSON.parse of the same blob', value: 0.21 }. */
  baseline?: { name: string; value: number };
  /** The target in words, e.g. "≤ 1.5× baseline" or "< 100 ms". */
  target?: string;
  /** Whether the target was met; undefined when the row is informational. */
  pass?: boolean;
}

export interface BenchContext {
  /** Absolute path of the built Chrome extension (.output/chrome-mv3). */
  extensionDir: string;
  /** Repo root. */
  root: string;
}

export interface BenchSuite {
  name: string;
  run(ctx: BenchContext): Promise<BenchRow[]>;
}

/** Median of n timed runs of fn, in milliseconds, after `warmup` untimed runs. */
export function medianMs(fn: () => unknown, n = 50, warmup = 5): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}
