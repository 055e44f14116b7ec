import { z } from 'zod/mini';
import { entryPatchSchema } from '@/lib/db/shortlist-edit';
import { undoPayloadSchema } from '@/lib/db/shortlist-undo';
import { SORT_KEYS, type RowQuery } from '@/lib/db/rows';
import { authorizationSchema, authStatusSchema } from '@/lib/schemas/authorization';
import { bandSchema, objectiveSchema, policyCategorySchema, scoreResultSchema } from '@/lib/schemas/score';
import { shortlistStatusSchema } from '@/lib/schemas/shortlist';
import { videoIdSchema, videoRecordSchema } from '@/lib/schemas/video';

/**
 * The payload schema of every message, checked by the background before anything runs. Lives on the background
 * side (lib/messaging.ts only imports its types) so the content script does not ship these schemas.
 */

/** A bulk action on the whole shortlist stays within this. */
const MAX_IDS = 100_000;
const ids = z.array(videoIdSchema).check(z.minLength(1), z.maxLength(MAX_IDS));
const nothing = z.optional(z.unknown());

export const rowQuerySchema = z.object({
  statuses: z.optional(z.array(shortlistStatusSchema)),
  bands: z.optional(z.array(bandSchema)),
  objectives: z.optional(z.array(objectiveSchema)),
  tags: z.optional(z.array(z.string())),
  creator: z.optional(z.string()),
  policy: z.optional(z.union([z.literal('flagged'), z.literal('clean'), policyCategorySchema])),
  eligibility: z.optional(z.array(z.enum(['eligible', 'at-risk', 'ineligible']))),
  text: z.optional(z.string().check(z.maxLength(500))),
  sort: z.optional(z.object({ key: z.enum(SORT_KEYS), dir: z.enum(['asc', 'desc']) })),
});
// The schema and the row model's query type must not drift apart.
const _queryMatches: z.infer<typeof rowQuerySchema> extends RowQuery ? true : never = true;
void _queryMatches;

export const requestSchemas = {
  'video:snapshot': z.object({ video: videoRecordSchema }),
  'score:save': z.object({ scores: z.array(scoreResultSchema).check(z.maxLength(MAX_IDS)) }),
  'shortlist:add': z.object({
    video: videoRecordSchema,
    score: z.nullable(scoreResultSchema),
    tags: z.optional(z.array(z.string().check(z.maxLength(200))).check(z.maxLength(50))),
    note: z.optional(z.string().check(z.maxLength(10_000))),
    objective: z.optional(objectiveSchema),
  }),
  'shortlist:state': z.object({ videoId: videoIdSchema, handle: z.optional(z.string()) }),
  'shortlist:update': z.object({ ids, patch: entryPatchSchema }),
  'shortlist:delete': z.object({ ids }),
  'shortlist:undo': undoPayloadSchema,
  'shortlist:list': rowQuerySchema,
  'shortlist:recent': z.object({ limit: z.optional(z.number().check(z.int(), z.gte(1), z.lte(500))) }),
  'shortlist:counts': nothing,
  'creators:summary': nothing,
  'authorization:add': authorizationSchema,
  'authorization:update': z.object({
    id: z.string().check(z.minLength(1)),
    patch: z.partial(z.omit(authorizationSchema, { id: true, videoId: true, createdAt: true })),
  }),
  'authorization:delete': z.object({ id: z.string().check(z.minLength(1)) }),
  'authorization:list': z.object({ status: z.optional(z.array(authStatusSchema)) }),
  'authorization:for-video': z.object({ videoId: videoIdSchema }),
  'authorization:by-code': z.object({ code: z.string().check(z.minLength(1), z.maxLength(2000)) }),
  /** An extension page wrote authorizations directly through lib/db: wake the background to re-sync reminders. */
  'ledger:changed': nothing,
  'settings:get': nothing,
  'score:compute': z.object({ video: videoRecordSchema }),
} as const;

export type RequestSchemas = typeof requestSchemas;
export type MessageType = keyof RequestSchemas;
export type RequestOf<K extends MessageType> = z.infer<RequestSchemas[K]>;

/**
 * What a content script on tiktok.com may ask: exactly what the card sends. Everything else (authorization codes,
 * bulk edits, deletes, saving scores or whole video records, reading settings) answers only extension pages: codes
 * are sensitive, and a TikTok page context has no business reading them or overwriting other videos' records (the
 * card's score is saved with its video through shortlist:add; it is scored in the background, with the settings
 * there).
 */
export const CONTENT_SCRIPT_MESSAGES: ReadonlySet<MessageType> = new Set<MessageType>([
  'video:snapshot',
  'shortlist:add',
  'shortlist:state',
  'score:compute',
]);
