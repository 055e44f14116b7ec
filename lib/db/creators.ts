import { sortCreators, type CreatorSummary } from './creator-stats';
import type { SparkScoutDb } from './db';
import { creatorRecordSchema } from './records';
import { checkAll, rawId, type BadRecord } from './validate';

/** Creators with their totals (kept current on every write), best score first, with the single-live-video warning. */
export async function creatorSummary(db: SparkScoutDb): Promise<{ creators: CreatorSummary[]; bad: BadRecord[] }> {
  const { values, bad } = checkAll(creatorRecordSchema, await db.creators.toArray(), (v, i) =>
    rawId(v, 'handle', `#${i}`),
  );
  return { creators: sortCreators(values), bad };
}

/** How many of a creator's videos are shortlisted (the card's creator line). */
export async function creatorShortlistCount(db: SparkScoutDb, handle: string): Promise<number> {
  return db.shortlist.where('handle').equals(handle.replace(/^@/, '')).count();
}
