/** Parsing and scoring for the sentiment evaluation (the VADER paper's protocol, Hutto & Gilbert 2014, Table 4). */
import { readFileSync } from 'node:fs';

export interface RatedText {
  id: string;
  /** Mean human rating divided by 4, so in [−1, 1] like the classifiers' scores. */
  truth: number;
  text: string;
}

/** id TAB mean rating (−4…+4) TAB text, one a line; blank lines and lines starting with "#" are skipped. */
export function readRatedFile(path: string): RatedText[] {
  const rows: RatedText[] = [];
  for (const [n, line] of readFileSync(path, 'utf8').split(/\r?\n/).entries()) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    const [id, rating, ...rest] = line.split('\t');
    const r = Number(rating);
    if (!id || rest.length === 0 || !Number.isFinite(r) || r < -4 || r > 4) {
      throw new Error(
        `${path}:${n + 1}: expected "id<TAB>rating −4…4<TAB>text", got ${JSON.stringify(line.slice(0, 80))}`,
      );
    }
    rows.push({ id, truth: r / 4, text: rest.join('\t') });
  }
  return rows;
}

/** The paper's thresholds: positive > 0.05, negative < −0.05, else neutral. */
export const THRESHOLD = 0.05;
export type Cls = 0 | 1 | 2; // negative, neutral, positive
export const classOf = (v: number): Cls => (v > THRESHOLD ? 2 : v < -THRESHOLD ? 0 : 1);

export interface F1 {
  macro: number;
  weighted: number;
  accuracy: number;
  perClass: [number, number, number];
}

export function f1Scores(truth: readonly number[], predicted: readonly number[]): F1 {
  const perClass: [number, number, number] = [0, 0, 0];
  let macro = 0;
  let present = 0;
  let weighted = 0;
  let correct = 0;
  const yt = truth.map(classOf);
  const yp = predicted.map(classOf);
  for (let i = 0; i < yt.length; i++) if (yt[i] === yp[i]) correct++;
  for (const c of [0, 1, 2] as const) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (let i = 0; i < yt.length; i++) {
      if (yp[i] === c && yt[i] === c) tp++;
      else if (yp[i] === c) fp++;
      else if (yt[i] === c) fn++;
    }
    const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
    const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
    const f = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    perClass[c] = f;
    // Macro over the classes the truth has: a two-class set (no neutral texts) is not charged a neutral F1 of 0.
    if (tp + fn > 0) {
      macro += f;
      present++;
    }
    weighted += (f * (tp + fn)) / yt.length;
  }
  return { macro: present ? macro / present : 0, weighted, accuracy: correct / yt.length, perClass };
}

export function pearson(a: readonly number[], b: readonly number[]): number {
  const n = a.length;
  const ma = a.reduce((s, x) => s + x, 0) / n;
  const mb = b.reduce((s, x) => s + x, 0) / n;
  let sab = 0;
  let saa = 0;
  let sbb = 0;
  for (let i = 0; i < n; i++) {
    sab += (a[i]! - ma) * (b[i]! - mb);
    saa += (a[i]! - ma) ** 2;
    sbb += (b[i]! - mb) ** 2;
  }
  return saa === 0 || sbb === 0 ? 0 : sab / Math.sqrt(saa * sbb);
}

/**
 * Median CPU time (user + system, so a busy shared machine distorts it less than wall time) of `runs` passes over all
 * texts, scaled to ms per 1,000 texts, after one untimed warm-up pass.
 */
export function msPer1000(fn: (t: string) => number, texts: readonly string[], runs = 5): number {
  const pass = () => {
    let sink = 0;
    for (const t of texts) sink += fn(t);
    return sink;
  };
  pass();
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const c0 = process.cpuUsage();
    pass();
    const c = process.cpuUsage(c0);
    times.push((c.user + c.system) / 1000);
  }
  times.sort((x, y) => x - y);
  return (times[Math.floor(runs / 2)]! / texts.length) * 1000;
}

/**
 * Paired bootstrap of the macro-F1 difference (a − b) over the same texts: 95% interval from `rounds` resamples
 * drawn with a fixed-seed generator, so the table is reproducible.
 */
export function bootstrapMacroDiff(
  truth: readonly number[],
  a: readonly number[],
  b: readonly number[],
  rounds = 1000,
): [number, number] {
  let seed = 0x2545f491;
  const rand = () => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return (seed >>> 0) / 2 ** 32;
  };
  const n = truth.length;
  const diffs: number[] = [];
  const t: number[] = new Array(n);
  const pa: number[] = new Array(n);
  const pb: number[] = new Array(n);
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < n; i++) {
      const k = Math.floor(rand() * n);
      t[i] = truth[k]!;
      pa[i] = a[k]!;
      pb[i] = b[k]!;
    }
    diffs.push(f1Scores(t, pa).macro - f1Scores(t, pb).macro);
  }
  diffs.sort((x, y) => x - y);
  return [diffs[Math.floor(rounds * 0.025)]!, diffs[Math.floor(rounds * 0.975)]!];
}
