import { z } from 'zod/mini';
import { FACTORS, objectiveSchema } from './score';

/** Per-factor weights; they are renormalized over the factors that have data, so they need not sum to 1. */
export const weightsSchema = z.object(
  Object.fromEntries(FACTORS.map((f) => [f, z.number().check(z.gte(0), z.lte(10))])) as {
    [K in (typeof FACTORS)[number]]: z.ZodMiniNumber;
  },
);
export type Weights = z.infer<typeof weightsSchema>;

export const INDUSTRIES = [
  'general',
  'sports-teams',
  'nonprofits',
  'influencers',
  'alcohol',
  'higher-education',
  'media',
  'travel',
  'tech-software',
  'fashion',
  'health-beauty',
  'retail',
  'food-beverage',
] as const;
export const industrySchema = z.enum(INDUSTRIES);
export type Industry = z.infer<typeof industrySchema>;

export const MARKETS = ['global', 'us', 'ca', 'eea', 'uk', 'ch', 'israel', 'other'] as const;
export const marketSchema = z.enum(MARKETS);
export type Market = z.infer<typeof marketSchema>;

export const SETTINGS_VERSION = 1;

/** The settings' list limits, here once for the schema and for the options page that says them. */
export const SETTINGS_LIMITS = {
  brandTerms: { max: 200, maxLength: 80 },
  brandHandles: { max: 50, maxLength: 40 },
  /** Reminder lead times: at most this many, each 0 to maxDays days. */
  reminderLeadDays: { max: 10, maxDays: 365 },
} as const;
const L = SETTINGS_LIMITS;

export const settingsSchema = z.object({
  version: z.literal(SETTINGS_VERSION),
  /** The objective new scores use; the card can switch it per view. */
  objective: objectiveSchema,
  weights: z.object({
    awareness: weightsSchema,
    consideration: weightsSchema,
    conversion: weightsSchema,
  }),
  brandTerms: z.array(z.string().check(z.maxLength(L.brandTerms.maxLength))).check(z.maxLength(L.brandTerms.max)),
  /** Handles of the brand's own accounts (the creator "is the brand"). */
  brandHandles: z.array(z.string().check(z.maxLength(L.brandHandles.maxLength))).check(z.maxLength(L.brandHandles.max)),
  targetMarkets: z.array(marketSchema),
  industry: industrySchema,
  /** Days before expiry at which a reminder fires. */
  reminderLeadDays: z
    .array(z.number().check(z.int(), z.gte(0), z.lte(L.reminderLeadDays.maxDays)))
    .check(z.maxLength(L.reminderLeadDays.max)),
  includeCodesInExport: z.boolean(),
});
export type Settings = z.infer<typeof settingsSchema>;
