/**
 * Plain constants shared by the zod schemas and by code that must not bundle zod (the content script, whose
 * 90 kB budget cannot fit zod's core). The schema modules re-export them.
 */
import type { VideoFlags } from './video';

export const OBJECTIVES = ['awareness', 'consideration', 'conversion'] as const;

export const BANDS = ['strong', 'maybe', 'weak', 'ineligible'] as const;

export const FACTORS = ['hook', 'length', 'comments', 'evergreen', 'engagement', 'native', 'cta'] as const;

export const POLICY_CATEGORIES = [
  'tobacco',
  'drugs',
  'weight-loss',
  'weapons',
  'gambling',
  'adult',
  'political',
  'counterfeit',
  'dishonest',
  'animals',
  'alcohol',
  'financial',
  'dating',
  'medical',
  'before-after',
  'supplements',
  'energy-drinks',
  'cosmetic-surgery',
  'infant-food',
] as const;

export const ELIGIBILITY_REASONS = [
  'over-10-min',
  'private',
  'story',
  'photo-carousel-duet',
  'multi-video-mention',
  'deleted',
  'already-ad',
  'licensed-music',
  'no-disclosure',
] as const;

export const SHORTLIST_STATUSES = ['candidate', 'contacted', 'code-received', 'live', 'expired', 'rejected'] as const;

export const STAT_KEYS = ['views', 'likes', 'comments', 'shares', 'saves'] as const;

export type StatKey = (typeof STAT_KEYS)[number];

/** Flags of a record whose source says nothing about them (page text, a CSV row): every one unknown. */
export const UNKNOWN_FLAGS: Readonly<VideoFlags> = {
  isAd: null,
  brandedContent: null,
  private: null,
  photo: null,
  story: null,
  duetEnabled: null,
  stitchEnabled: null,
  commentsEnabled: null,
  aiGenerated: null,
  ageRestricted: null,
  isDuetOrStitch: null,
};

/** Longest tag and note a shortlist entry holds (the tag input and the CSV import say so in words). */
export const MAX_TAG_LENGTH = 60;
export const MAX_NOTE_LENGTH = 10_000;
