import { z } from 'zod';
import { AUTH_STATUSES, MAX_DURATION_DAYS } from '@/lib/schemas/authorization';
import { BANDS, ELIGIBILITY_REASONS, OBJECTIVES, POLICY_CATEGORIES } from '@/lib/schemas/score';
import { SHORTLIST_STATUSES } from '@/lib/schemas/shortlist';
import { VIDEO_ID_RE } from '@/lib/schemas/video';
import { isScientificNumber } from './cells';
import { LIST_SEPARATOR } from './columns';

/**
 * The cells of one CSV row as this exporter writes them (lib/export/csv-row.ts), read back into typed values with a
 * message a person can act on. Full zod: the importer runs in the dashboard, never in the content script.
 */

const fail = <T>(ctx: z.core.$RefinementCtx<T>, message: string) => {
  ctx.issues.push({ code: 'custom', message, input: ctx.value });
  return z.NEVER;
};
const shown = (s: string) => JSON.stringify(s.length > 40 ? `${s.slice(0, 40)}…` : s);

/**
 * '' → null; otherwise a whole number in [0, max]. A count's bound (10 trillion) is no help to a person who typed
 * "12k", so a large bound is left out of the message and the digits-only form is shown instead.
 */
const wholeNumber = (max: number) => {
  const expected = max >= 1e9 ? 'written in digits only, like 12000' : `from 0 to ${max}`;
  return z.string().transform((s, ctx) => {
    if (s === '') return null;
    if (!/^\d{1,16}$/.test(s) || Number(s) > max) return fail(ctx, `${shown(s)} is not a whole number ${expected}`);
    return Number(s);
  });
};

/** '' → null; otherwise a plain decimal number in [min, max] (no thousands separators, no units). */
const decimal = (min: number, max: number) =>
  z.string().transform((s, ctx) => {
    if (s === '') return null;
    const n = /^-?\d+(\.\d+)?$/.test(s) ? Number(s) : NaN;
    if (!(n >= min && n <= max)) return fail(ctx, `${shown(s)} is not a number from ${min} to ${max}`);
    return n;
  });

const ISO_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;

/** '' → null; otherwise ISO 8601 UTC as the export writes it (`2026-02-14T21:30:45Z`), to epoch ms. */
const isoTime = z.string().transform((s, ctx) => {
  if (s === '') return null;
  const ms = ISO_RE.test(s) ? Date.parse(s) : NaN;
  if (Number.isNaN(ms)) return fail(ctx, `${shown(s)} is not a UTC time like 2026-02-14T21:30:45Z`);
  return ms;
});

const requiredTime = isoTime.transform((ms, ctx) => (ms === null ? fail(ctx, 'is empty') : ms));

/** One of the allowed values; '' is refused. */
const oneOf = <T extends string>(values: readonly T[]) =>
  z.string().transform((s, ctx): T => {
    if ((values as readonly string[]).includes(s)) return s as T;
    return fail(ctx, `${s === '' ? 'is empty, expected' : `${shown(s)} is not`} one of ${values.join(', ')}`);
  });

/** '' → null; otherwise one of the allowed values. */
const oneOfOrEmpty = <T extends string>(values: readonly T[]) =>
  z.string().transform((s, ctx): T | null => {
    if (s === '') return null;
    if ((values as readonly string[]).includes(s)) return s as T;
    return fail(ctx, `${shown(s)} is not one of ${values.join(', ')}`);
  });

const list = z.string().transform((s) => (s === '' ? [] : s.split(LIST_SEPARATOR)));
const listOf = <T extends string>(values: readonly T[]) =>
  list.transform((items, ctx) => {
    const bad = items.filter((i) => !(values as readonly string[]).includes(i));
    return bad.length ? fail(ctx, `${bad.map(shown).join(', ')} not among ${values.join(', ')}`) : (items as T[]);
  });

export const csvRowSchema = z.object({
  video_url: z.string().regex(/^https:\/\/www\.tiktok\.com\/@[^/]+\/(video|photo)\/\d+$/, {
    error: 'is not a TikTok video link like https://www.tiktok.com/@handle/video/123',
  }),
  video_id: z.string().transform((s, ctx) => {
    if (VIDEO_ID_RE.test(s)) return s;
    if (isScientificNumber(s)) {
      return fail(
        ctx,
        `${shown(s)} is a number a spreadsheet rounded, and video_url does not give the id back: export again from Spark Scout with the "Excel" option, or keep the column as text in the spreadsheet`,
      );
    }
    return fail(ctx, 'is not a TikTok video id (digits only)');
  }),
  creator_handle: z.string().regex(/^[^\s@/]+$/, { error: 'is not a TikTok handle (no spaces, @ or /)' }),
  creator_profile_url: z.string(),
  creator_nickname: z.string(),
  creator_followers: wholeNumber(1e13),
  caption: z.string(),
  hashtags: list,
  posted_at: isoTime,
  duration_s: decimal(0, 86_400),
  views: wholeNumber(1e13),
  likes: wholeNumber(1e13),
  comments: wholeNumber(1e13),
  shares: wholeNumber(1e13),
  saves: wholeNumber(1e13),
  engagement_rate_pct: decimal(0, 1e9),
  score: decimal(0, 100),
  band: oneOfOrEmpty(BANDS),
  objective: oneOf(OBJECTIVES),
  hook_score: decimal(0, 100),
  length_score: decimal(0, 100),
  comments_score: decimal(0, 100),
  evergreen_score: decimal(0, 100),
  engagement_score: decimal(0, 100),
  policy_flags: listOf(POLICY_CATEGORIES),
  eligibility: oneOfOrEmpty(['eligible', 'at-risk', 'ineligible'] as const),
  eligibility_reasons: listOf(ELIGIBILITY_REASONS),
  status: oneOf(SHORTLIST_STATUSES),
  tags: list,
  notes: z.string(),
  auth_status: oneOfOrEmpty(AUTH_STATUSES),
  auth_duration_days: wholeNumber(MAX_DURATION_DAYS),
  auth_expires_at: isoTime,
  auth_code: z.string(),
  shortlisted_at: requiredTime,
  scored_at: isoTime,
});
export type CsvRow = z.infer<typeof csvRowSchema>;

/** "views: "12k" is not a whole number from 0 to 10000000000000; status: is empty …" (first three problems). */
export function describeCsvIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => (i.path.length ? `${i.path.join('.')} ${i.message}` : i.message))
    .join('; ');
}
