import { z } from 'zod/mini';
import { BANDS, ELIGIBILITY_REASONS, FACTORS, OBJECTIVES, POLICY_CATEGORIES } from './enums';

export { BANDS, ELIGIBILITY_REASONS, FACTORS, OBJECTIVES, POLICY_CATEGORIES };

export const objectiveSchema = z.enum(OBJECTIVES);
export type Objective = z.infer<typeof objectiveSchema>;

export const bandSchema = z.enum(BANDS);
export type Band = z.infer<typeof bandSchema>;

export const factorIdSchema = z.enum(FACTORS);
export type FactorId = z.infer<typeof factorIdSchema>;

export const policyCategorySchema = z.enum(POLICY_CATEGORIES);
export type PolicyCategory = z.infer<typeof policyCategorySchema>;

export const eligibilityReasonSchema = z.enum(ELIGIBILITY_REASONS);
export type EligibilityReason = z.infer<typeof eligibilityReasonSchema>;

export const factorResultSchema = z.object({
  id: factorIdSchema,
  score: z.number().check(z.gte(0), z.lte(100)),
  /** Weight after renormalization over the factors that had data (sums to 1). */
  weight: z.number(),
  /** 0..1: how much data the factor stood on. */
  confidence: z.number().check(z.gte(0), z.lte(1)),
  reasons: z.array(z.string()),
});
export type FactorResult = z.infer<typeof factorResultSchema>;

export const policyFlagSchema = z.object({
  category: policyCategorySchema,
  evidence: z.array(z.string()),
  markets: z.enum(['global', 'eea-uk']),
  severity: z.enum(['prohibited', 'restricted']),
  /** The policy behind the flag, as a sentence with its source (added in scoring 1.0.0; optional for older scores). */
  note: z.optional(z.string()),
});
export type PolicyFlag = z.infer<typeof policyFlagSchema>;

export const eligibilitySchema = z.object({
  status: z.enum(['eligible', 'at-risk', 'ineligible']),
  reasons: z.array(z.object({ code: eligibilityReasonSchema, message: z.string() })),
});
export type Eligibility = z.infer<typeof eligibilitySchema>;

export const scoreResultSchema = z.object({
  videoId: z.string(),
  total: z.number().check(z.gte(0), z.lte(100)),
  band: bandSchema,
  objective: objectiveSchema,
  factors: z.array(factorResultSchema),
  /** Factors left out for lack of data, with why. */
  missing: z.array(z.object({ id: factorIdSchema, reason: z.string() })),
  confidence: z.number().check(z.gte(0), z.lte(1)),
  policyFlags: z.array(policyFlagSchema),
  eligibility: eligibilitySchema,
  /**
   * Warnings that are not eligibility codes, e.g. 'negative-comments' (10+ comments, 40%+ negative). Added in scoring
   * 1.0.0; optional so older stored scores still parse.
   */
  warnings: z.optional(z.array(z.object({ code: z.enum(['negative-comments']), message: z.string() }))),
  /** Engagement rate by views in percent, (likes+comments+shares+saves) ÷ views × 100; null without views. */
  engagementRatePct: z.nullable(z.number()),
  scoringVersion: z.string(),
  scoredAt: z.number(),
});
export type ScoreResult = z.infer<typeof scoreResultSchema>;
