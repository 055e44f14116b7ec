import { z } from 'zod/mini';
import { videoIdSchema } from './video';

/**
 * One Spark Ads authorization (the code a creator generates so a brand can run their post as an ad).
 * A video keeps every code it ever had: a renewal is a new record, and the old one points at it through
 * `supersededBy`. Exactly one record per video has `current: true` (the code the UI shows for the video);
 * a renewal that is only `requested` stays `current: false` until its code arrives.
 * Times are epoch ms; `campaignEndDate` is a local calendar date because people plan campaigns in days.
 */

export const AUTH_STATUSES = ['requested', 'received', 'in-use', 'expiring', 'expired', 'revoked'] as const;
export const authStatusSchema = z.enum(AUTH_STATUSES);
export type AuthStatus = z.infer<typeof authStatusSchema>;

/** The durations TikTok offers when a creator generates a code; any other positive day count is "custom". */
export const STANDARD_DURATIONS = [7, 30, 60, 365] as const;
export type StandardDuration = (typeof STANDARD_DURATIONS)[number];
/** Ten years: far beyond any real grant, small enough that date math never leaves the Date range. */
export const MAX_DURATION_DAYS = 3650;
export const durationDaysSchema = z.number().check(z.int(), z.gte(1), z.lte(MAX_DURATION_DAYS));

/** 'YYYY-MM-DD', a real calendar date (leap years checked). */
export const localDateSchema = z.iso.date();
export type LocalDate = z.infer<typeof localDateSchema>;

export const authorizationSchema = z.object({
  /** crypto.randomUUID(). */
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  videoId: videoIdSchema,
  /** Normalized code (see lib/ledger/code.ts); null while the code is only requested. */
  code: z.nullable(z.string().check(z.minLength(1), z.maxLength(2000))),
  requestedDays: z.nullable(durationDaysSchema),
  grantedDays: z.nullable(durationDaysSchema),
  /** When the creator granted the code; null until received. */
  grantedAt: z.nullable(z.number()),
  /** grantedAt + grantedDays local calendar days (lib/ledger/dates.ts); null until both are known. */
  expiresAt: z.nullable(z.number()),
  campaignEndDate: z.nullable(localDateSchema),
  adAccount: z.nullable(z.string().check(z.maxLength(200))),
  /** What the user set; `statusAt` in lib/ledger derives expiring/expired from the clock. */
  status: authStatusSchema,
  note: z.string().check(z.maxLength(10_000)),
  /** Id of the record that replaced this one (a renewal); null for the latest in the chain. */
  supersededBy: z.nullable(z.string()),
  /** The record the UI shows for the video. Booleans cannot be IndexedDB keys: filter, don't index. */
  current: z.boolean(),
  createdAt: z.number(),
  updatedAt: z.number(),
  /**
   * When the current expiry was saved (the code added, its grant edited, a renewal's code arrived). Reminders catch
   * up a lead window only if it had already passed by then; `updatedAt` cannot say, every edit stamps it. Absent on
   * records and backups from before it existed: lib/ledger/reminders falls back to `createdAt`.
   */
  expirySavedAt: z.optional(z.number()),
});
export type Authorization = z.infer<typeof authorizationSchema>;
