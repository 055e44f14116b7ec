// @vitest-environment node
// The evaluation runs under Node (tsx), and esbuild, which it uses, refuses jsdom's TextEncoder.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classOf, f1Scores, pearson, readRatedFile } from '../../eval/metrics';

describe('sentiment evaluation metrics', () => {
  it('uses the paper’s ±0.05 thresholds', () => {
    expect([0.06, 0.05, 0, -0.05, -0.06].map(classOf)).toEqual([2, 1, 1, 1, 0]);
  });

  it('computes per-class, macro and weighted F1', () => {
    // truth: pos, pos, neg, neu; predicted: pos, neg, neg, neu
    const f = f1Scores([0.5, 0.5, -0.5, 0], [0.5, -0.5, -0.5, 0]);
    expect(f.perClass).toEqual([2 / 3, 1, 2 / 3]);
    expect(f.macro).toBeCloseTo((2 / 3 + 1 + 2 / 3) / 3, 12);
    expect(f.weighted).toBeCloseTo((2 / 3) * 0.25 + 1 * 0.25 + (2 / 3) * 0.5, 12);
    expect(f.accuracy).toBe(0.75);
  });

  it('averages macro F1 over the classes the truth has: a two-class set is not charged a neutral F1 of 0', () => {
    // truth: pos, pos, neg, neg (no neutral); predicted: pos, neu, neg, pos
    const f = f1Scores([0.5, 0.5, -0.5, -0.5], [0.5, 0, -0.5, 0.5]);
    expect(f.perClass).toEqual([2 / 3, 0, 1 / 2]);
    expect(f.macro).toBeCloseTo((2 / 3 + 1 / 2) / 2, 12);
    expect(f.accuracy).toBe(0.5);
  });

  it('computes Pearson r', () => {
    expect(pearson([1, 2, 3], [2, 4, 6])).toBeCloseTo(1, 12);
    expect(pearson([1, 2, 3], [3, 2, 1])).toBeCloseTo(-1, 12);
  });

  it('reads the id / rating / text format, rating ÷ 4, and rejects malformed lines', () => {
    const dir = mkdtempSync(join(tmpdir(), 'eval-'));
    const ok = join(dir, 'ok.tsv');
    writeFileSync(ok, '# comment\n1\t2.0\tgood\ttab inside\n\n2\t-4\tbad\n');
    expect(readRatedFile(ok)).toEqual([
      { id: '1', truth: 0.5, text: 'good\ttab inside' },
      { id: '2', truth: -1, text: 'bad' },
    ]);
    const bad = join(dir, 'bad.tsv');
    writeFileSync(bad, '1\tseven\ttext\n');
    expect(() => readRatedFile(bad)).toThrow(/bad\.tsv:1: expected "id<TAB>rating/);
  });
});

describe('the evaluation’s classifiers', () => {
  it('each score texts on [−1, 1] when mapped over a list, as the evaluation calls them', async () => {
    const { CLASSIFIERS } = await import('../../eval/classifiers');
    const texts = ['I love this so much 😍', 'worst thing ever', 'the bus is at 9'];
    for (const c of CLASSIFIERS) {
      const scores = texts.map(c.score);
      expect(
        scores.every((s) => s >= -1 && s <= 1),
        c.name,
      ).toBe(true);
      expect(scores[0]!, c.name).toBeGreaterThan(scores[1]!);
    }
  });

  it('the "+ our words" rows know our slang and the plain libraries beside them stay as published', async () => {
    const { CLASSIFIERS } = await import('../../eval/classifiers');
    const byName = (start: string) => CLASSIFIERS.filter((c) => c.name.startsWith(start));
    for (const lib of ['vader-sentiment', 'wink-sentiment', 'sentiment ']) {
      const [plain, plus] = byName(lib);
      expect(plus!.name, lib).toContain('+ our');
      expect(plain!.score('the sequel was mid'), plain!.name).toBe(0);
      expect(plus!.score('the sequel was mid'), plus!.name).toBeLessThan(0);
    }
  });
});
