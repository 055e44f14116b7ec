import { z } from 'zod/mini';
import { MAX_NOTE_LENGTH, MAX_TAG_LENGTH, SHORTLIST_STATUSES } from './enums';

export { SHORTLIST_STATUSES };
import { objectiveSchema } from './score';
import { videoIdSchema } from './video';

export const shortlistStatusSchema = z.enum(SHORTLIST_STATUSES);
export type ShortlistStatus = z.infer<typeof shortlistStatusSchema>;

/**
 * One shortlisted video. Keyed by video id, so shortlisting twice (even from two tabs) leaves one entry.
 * Per-field edit times let a merge (backup restore, teammate import) keep the newer note / status / tags.
 */
export const shortlistEntrySchema = z.object({
  videoId: videoIdSchema,
  status: shortlistStatusSchema,
  tags: z.array(z.string().check(z.maxLength(MAX_TAG_LENGTH))),
  note: z.string().check(z.maxLength(MAX_NOTE_LENGTH)),
  objective: objectiveSchema,
  /** Author handle, copied here so the creator view and filters need no join. */
  handle: z.string(),
  shortlistedAt: z.number(),
  updatedAt: z.number(),
  statusUpdatedAt: z.number(),
  noteUpdatedAt: z.number(),
  tagsUpdatedAt: z.number(),
});
export type ShortlistEntry = z.infer<typeof shortlistEntrySchema>;

/** Stats of one video at one moment; a fresh one is recorded each time a shortlisted video's card is opened. */
export const statsSnapshotSchema = z.object({
  videoId: videoIdSchema,
  capturedAt: z.number(),
  views: z.nullable(z.number()),
  likes: z.nullable(z.number()),
  comments: z.nullable(z.number()),
  shares: z.nullable(z.number()),
  saves: z.nullable(z.number()),
  /** True when every known count was exact (statsV2 / API), false when any came from the DOM. */
  exact: z.boolean(),
});
export type StatsSnapshot = z.infer<typeof statsSnapshotSchema>;
