import type { Transaction } from 'dexie';
import { scoreResultSchema } from '@/lib/schemas/score';
import { shortlistEntrySchema } from '@/lib/schemas/shortlist';
import { videoRecordSchema } from '@/lib/schemas/video';
import { creatorInputOf, groupCreators } from '../creator-stats';
import { emptySummary, summarize, type ShortlistRecord } from '../records';
import type { Migration } from './types';

/**
 * v2: every shortlist record carries a `summary` (caption, counts, score, band, flags of its video) so the
 * dashboard and popup load one small table instead of joining 10,000 full video records (comments, transcripts).
 * Creator totals are rebuilt from the summaries. No index changes.
 * A record that does not parse is left as it was: it shows as one bad row, and the upgrade never aborts.
 */
export const v2: Migration = {
  version: 2,
  stores: {},
  async upgrade(tx: Transaction) {
    const rawEntries: unknown[] = await tx.table('shortlist').toArray();
    const entries = rawEntries.flatMap((raw) => {
      const parsed = shortlistEntrySchema.safeParse(raw);
      return parsed.success ? [{ raw: raw as Record<string, unknown>, entry: parsed.data }] : [];
    });
    const videos: unknown[] = await tx.table('videos').bulkGet(entries.map((e) => e.entry.videoId));
    const scores: unknown[] = await tx
      .table('scores')
      .bulkGet(entries.map((e) => [e.entry.videoId, e.entry.objective]));
    const records: ShortlistRecord[] = entries.map(({ raw, entry }, i) => {
      const video = videoRecordSchema.safeParse(videos[i]);
      const score = scoreResultSchema.safeParse(scores[i]);
      const summary = video.success
        ? summarize(video.data, score.success ? score.data : null)
        : emptySummary(entry.handle, entry.videoId);
      // Spread the raw record so fields a later schema adds are not stripped by this parse.
      return { ...(raw as ShortlistRecord), summary };
    });
    await tx.table('shortlist').bulkPut(records);
    await tx.table('creators').clear();
    await tx.table('creators').bulkPut(groupCreators(records.map(creatorInputOf), Date.now()));
  },
};
