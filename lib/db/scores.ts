import Dexie from 'dexie';
import { scoreResultSchema, type ScoreResult } from '@/lib/schemas/score';
import type { SparkScoutDb } from './db';
import { bulkPutInSlices, derivedScope, refreshSummaries, type KnownSummary } from './derived';
import { checkAll, rawId, validInput, type BadRecord } from './validate';

/** A score as saveScores writes it: checked against its schema, or an InvalidInputError saying what is wrong. */
export const checkScore = (score: unknown): ScoreResult => validInput(scoreResultSchema, score, 'score');

/** Saves one score (one per video and objective; a rescore replaces it) and refreshes the shortlist copy. */
export async function saveScore(db: SparkScoutDb, score: ScoreResult): Promise<void> {
  await saveScores(db, [score]);
}

/**
 * "Rescore all": every score in one transaction, so the table never shows half old and half new bands. Scores of
 * videos no longer on the shortlist are dropped: the caller may have computed them before the video was deleted
 * (Rescore all runs for seconds), and a score written back after the delete would linger, in backups too.
 * Returns how many were saved.
 */
export async function saveScores(
  db: SparkScoutDb,
  scores: readonly ScoreResult[],
  known?: ReadonlyMap<string, KnownSummary>,
  { checked = false }: { checked?: boolean } = {},
): Promise<number> {
  // `checked`: the caller ran every score through checkScore already (Rescore all does, a chunk at a time, so the
  // 10,000 checks do not freeze the page in one piece just before the save).
  const valid = checked ? scores : scores.map(checkScore);
  return db.transaction('rw', derivedScope(db), async () => {
    // Keys only: the entries themselves are read once, by refreshSummaries.
    const listed = new Set(
      await db.shortlist
        .where(':id')
        .anyOf(valid.map((s) => s.videoId))
        .primaryKeys(),
    );
    const kept = valid.filter((s) => listed.has(s.videoId));
    await bulkPutInSlices(db.scores, kept);
    await refreshSummaries(
      db,
      kept.map((s) => s.videoId),
      known,
    );
    return kept.length;
  });
}

/** Every objective's score of one video (the compound key's prefix). */
export async function getScores(
  db: SparkScoutDb,
  videoId: string,
): Promise<{ scores: ScoreResult[]; bad: BadRecord[] }> {
  const raws = await db.scores
    .where('[videoId+objective]')
    .between([videoId, Dexie.minKey], [videoId, Dexie.maxKey])
    .toArray();
  const { values, bad } = checkAll(scoreResultSchema, raws, (v) => `${videoId}/${rawId(v, 'objective', '?')}`);
  return { scores: values, bad };
}
