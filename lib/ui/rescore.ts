import { checkScore, loadRows, saveScores, summarize, type KnownSummary, type SparkScoutDb } from '@/lib/db';
import { BANDS, type Band, type ScoreResult } from '@/lib/schemas/score';
import type { Settings } from '@/lib/schemas/settings';
import { videoRecordSchema, type VideoRecord } from '@/lib/schemas/video';
import { scoreWithBaseline } from '@/lib/scoring';
import { medianWithout } from '@/lib/scoring/rescore';
import { yieldToPage } from '@/lib/yield-to-page';

export type BandCounts = Record<Band | 'unscored', number>;

export interface RescoreOutcome {
  before: BandCounts;
  after: BandCounts;
  rescored: number;
  /** Entries whose full video record is missing or unreadable: they keep their old score. */
  skipped: number;
}

export interface RescoreOptions {
  settings: Settings;
  now: number;
  /** Called after each chunk with how many videos are scored so far. */
  onProgress?: (done: number, total: number) => void;
  /** Aborting stops before anything is saved. */
  signal?: AbortSignal;
  /** Videos read and scored per step, between which the page gets the main thread back. */
  chunk?: number;
}

export function countBands(bands: Iterable<Band | null>): BandCounts {
  const counts = Object.fromEntries([...BANDS, 'unscored'].map((b) => [b, 0])) as BandCounts;
  for (const b of bands) counts[b ?? 'unscored']++;
  return counts;
}

/**
 * "Rescore all": every shortlisted video scored again with the current settings, each for its entry's own objective.
 * This is lib/scoring's rescoreMany spread over chunks: the same breakout baseline (median views of the creator's
 * other shortlisted videos, from one sorted list per creator) and scoreWithBaseline, but with a per-entry objective
 * and a pause after each chunk so the page stays responsive. All scores are saved in one transaction at the end
 * (saveScores), so the table never shows half old and half new bands, and a cancel leaves everything as it was.
 *
 * Speed: the next chunk is read from IndexedDB while this one is scored, and each video's table summary is made
 * here from the record just read and checked, so saving does not read 10,000 videos and scores back.
 *
 * Writes made while it runs win: saving drops the scores of videos deleted meanwhile, and a summary whose video got
 * a fresher reading meanwhile is made again from the stored video (saveScores / refreshSummaries).
 */
export async function rescoreAll(db: SparkScoutDb, opts: RescoreOptions): Promise<RescoreOutcome> {
  const { rows } = await loadRows(db);
  const chunk = opts.chunk ?? 200;
  const byCreator = new Map<string, number[]>();
  for (const r of rows) {
    if (r.views === null) continue;
    const key = r.handle.toLowerCase();
    const list = byCreator.get(key);
    if (list) list.push(r.views);
    else byCreator.set(key, [r.views]);
  }
  for (const list of byCreator.values()) list.sort((a, b) => a - b);

  const results = new Map<string, ScoreResult>();
  const summaries = new Map<string, KnownSummary>();
  const read = (i: number) => db.videos.bulkGet(rows.slice(i, i + chunk).map((r) => r.videoId));
  let next = rows.length > 0 ? read(0) : null;
  for (let i = 0; i < rows.length; i += chunk) {
    if (opts.signal?.aborted) {
      void next?.catch(() => undefined);
      throw opts.signal.reason ?? new DOMException('Rescore cancelled', 'AbortError');
    }
    const part = rows.slice(i, i + chunk);
    const raws = await next!;
    next = i + chunk < rows.length ? read(i + chunk) : null;
    part.forEach((row, k) => {
      const parsed = videoRecordSchema.safeParse(raws[k]);
      if (!parsed.success) return;
      const video: VideoRecord = parsed.data;
      const own = video.stats.views?.value;
      const baseline = medianWithout(byCreator.get(video.author.handle.toLowerCase()) ?? [], own);
      const score = checkScore(
        scoreWithBaseline(video, { objective: row.objective, settings: opts.settings, now: opts.now }, baseline),
      );
      results.set(row.videoId, score);
      summaries.set(row.videoId, {
        objective: row.objective,
        handle: video.author.handle,
        summary: summarize(video, score),
      });
    });
    opts.onProgress?.(Math.min(i + chunk, rows.length), rows.length);
    await yieldToPage();
  }
  await next?.catch(() => undefined);
  if (opts.signal?.aborted) throw opts.signal.reason ?? new DOMException('Rescore cancelled', 'AbortError');
  await saveScores(db, [...results.values()], summaries, { checked: true });
  return {
    before: countBands(rows.map((r) => r.band)),
    after: countBands(rows.map((r) => results.get(r.videoId)?.band ?? r.band)),
    rescored: results.size,
    skipped: rows.length - results.size,
  };
}
