/**
 * Scoring speed, each with a same-run baseline: one score (target < 0.2 ms median), "Rescore all" over 10,000 stored
 * videos (< 2 s), and the sentiment of 1,000 comments (< 50 ms). Inputs are realistic records built here: a caption
 * with hashtags, a 10-cue transcript and 20 comments drawn from the hand-rated TikTok comment set.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vader from 'vader-sentiment';
import { rescoreMany, score } from '../../../lib/scoring';
import { sentimentScore } from '../../../lib/scoring/sentiment';
import type { VideoRecord } from '../../../lib/schemas/video';
import { DEFAULT_SETTINGS } from '../../../lib/settings';
import { medianMs, type BenchRow, type BenchSuite } from '../types';

const NOW = Date.UTC(2026, 6, 1);
const CAPTIONS = [
  'Wait, are you using retinol wrong? 3 mistakes I made so you don’t have to #skincare #retinol #fyp',
  'GRWM for a summer wedding ✨ everything linked in bio #grwm #makeup #weddingguest',
  'Mi rutina de noche para piel grasa 🌙 #skincare #rutina #parati',
  'This $12 serum replaced my $80 one. Honest review after 30 days #dupe #skincaretips',
  'POV: you finally found a sunscreen with no white cast #spf #beautytok',
];

/** A small deterministic generator, so every run benchmarks the same inputs. */
function rng(seed: number) {
  return () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
}

function makeVideos(n: number, pool: string[]): VideoRecord[] {
  const r = rng(42);
  const stat = (value: number) => ({ value, exact: true, source: 'statsV2' as const, capturedAt: NOW });
  return Array.from({ length: n }, (_, i) => {
    const views = Math.floor(1_000 + r() * 2_000_000);
    const handle = `creator${Math.floor((r() * n) / 10)}`;
    return {
      id: String(7_400_000_000_000_000_000n + BigInt(i)),
      url: `https://www.tiktok.com/@${handle}/video/${i}`,
      author: {
        id: String(i),
        handle,
        nickname: null,
        verified: false,
        followers: stat(Math.floor(500 + r() * 3_000_000)),
        secUid: null,
      },
      caption: CAPTIONS[i % CAPTIONS.length]!,
      hashtags: ['skincare', 'fyp'],
      mentions: [],
      postedAt: NOW - Math.floor(r() * 400) * 86_400_000,
      postedAtSource: 'createTime',
      durationSec: Math.floor(5 + r() * 180),
      sound: { id: '1', title: 'original sound', author: handle, original: r() > 0.3 },
      stats: {
        views: stat(views),
        likes: stat(Math.floor(views * r() * 0.12)),
        comments: stat(Math.floor(views * r() * 0.01)),
        shares: stat(Math.floor(views * r() * 0.01)),
        saves: stat(Math.floor(views * r() * 0.02)),
      },
      flags: {
        isAd: false,
        brandedContent: null,
        private: false,
        photo: false,
        story: false,
        duetEnabled: true,
        stitchEnabled: true,
        commentsEnabled: true,
        aiGenerated: false,
        ageRestricted: false,
        isDuetOrStitch: false,
      },
      captionTracks: [],
      transcript: {
        language: 'en',
        source: 'ASR',
        fetchedAt: NOW,
        cues: Array.from({ length: 10 }, (_, k) => ({
          start: k * 2.5,
          end: k * 2.5 + 2.4,
          text: 'so this is the part where I show you how it works on my skin',
        })),
      },
      comments: Array.from({ length: 20 }, (_, k) => ({
        id: `${i}-${k}`,
        text: pool[Math.floor(r() * pool.length)]!,
        likes: Math.floor(r() * 500),
        createdAt: NOW - Math.floor(r() * 30) * 86_400_000,
        language: null,
        isReply: false,
      })),
      commentsTotal: 200,
      sources: ['api-detail'],
      capturedAt: NOW,
    };
  });
}

const suite: BenchSuite = {
  name: 'scoring',
  async run({ root }) {
    const pool = readFileSync(join(root, 'tests/fixtures/comments/tiktok-comments.tsv'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => l.split('\t').slice(2).join('\t'));
    const ctx = {
      objective: 'consideration' as const,
      settings: { ...DEFAULT_SETTINGS, brandTerms: ['Glossier', 'CeraVe'] },
      now: NOW,
    };
    const rows: BenchRow[] = [];

    const one = makeVideos(1, pool)[0]!;
    // The scorer's first calls run before V8 has optimised it: measured apart, for information (a service worker
    // that just woke up scores like this). The target is on the steady state: with only 100 warm-up calls the
    // median moved between 0.13 and 0.24 ms from one process to the next; after 2,000 it is stable (0.105–0.107).
    const cold = medianMs(() => score(one, ctx), 100, 0);
    const single = medianMs(() => score(one, ctx), 2000, 2000);
    const clone = medianMs(() => structuredClone(one), 2000, 2000);
    rows.push({
      name: 'score one video (20 comments, 10-cue transcript), median after 2,000 warm-up calls',
      value: single,
      unit: 'ms',
      baseline: { name: 'structuredClone of the same video', value: clone },
      target: '< 0.2 ms',
      pass: single < 0.2,
    });
    rows.push({
      name: 'score one video, median of its first 100 calls (before V8 optimises the scorer)',
      value: cold,
      unit: 'ms',
      baseline: { name: 'structuredClone of the same video', value: clone },
    });

    const many = makeVideos(10_000, pool);
    const all = medianMs(() => rescoreMany(many, ctx), 5, 1);
    rows.push({
      name: 'rescoreMany: 10,000 stored videos, median of 5',
      value: all,
      unit: 'ms',
      baseline: {
        name: 'JSON round-trip of the same 10,000 videos',
        value: medianMs(() => JSON.parse(JSON.stringify(many)), 5, 1),
      },
      target: '< 2000 ms',
      pass: all < 2000,
    });

    const texts = Array.from({ length: 1_000 }, (_, i) => pool[(i * 7919) % pool.length]!);
    const ours = medianMs(() => texts.forEach((t) => sentimentScore(t)), 20, 3);
    rows.push({
      name: 'sentiment of 1,000 comments (lib/scoring/sentiment), median',
      value: ours,
      unit: 'ms',
      baseline: {
        name: 'vader-sentiment on the same comments',
        value: medianMs(() => texts.forEach((t) => vader.SentimentIntensityAnalyzer.polarity_scores(t)), 20, 3),
      },
      target: '< 50 ms',
      pass: ours < 50,
    });
    return rows;
  },
};
export default suite;
