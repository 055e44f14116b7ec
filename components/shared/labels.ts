import type { Band, EligibilityReason, FactorId, Objective, PolicyCategory, PolicyFlag } from '@/lib/schemas/score';
import type { ShortlistStatus } from '@/lib/schemas/shortlist';

export const BAND_LABEL: Record<Band, string> = {
  strong: 'Strong',
  maybe: 'Maybe',
  weak: 'Weak',
  ineligible: 'Ineligible',
};

export const OBJECTIVE_LABEL: Record<Objective, string> = {
  awareness: 'Awareness',
  consideration: 'Consideration',
  conversion: 'Conversion',
};

export const FACTOR_LABEL: Record<FactorId, string> = {
  hook: 'Hook (first 3 s)',
  length: 'Length',
  comments: 'Comment sentiment',
  evergreen: 'Evergreen',
  engagement: 'Engagement',
  native: 'Native feel',
  cta: 'Call to action',
};

const POLICY_LABEL_OVERRIDES: Partial<Record<PolicyCategory, string>> = {
  'before-after': 'Before/after',
  'cosmetic-surgery': 'Cosmetic surgery',
  'energy-drinks': 'Energy drinks',
  'infant-food': 'Infant food',
  'weight-loss': 'Weight loss',
  dishonest: 'Dishonest claims',
  financial: 'Financial services',
};

export const policyLabel = (c: PolicyCategory): string =>
  POLICY_LABEL_OVERRIDES[c] ?? c.charAt(0).toUpperCase() + c.slice(1);

export const MARKETS_LABEL: Record<PolicyFlag['markets'], string> = {
  global: 'all markets',
  'eea-uk': 'EEA & UK',
};

export const ELIGIBILITY_STATUS_LABEL = {
  eligible: 'Eligible',
  'at-risk': 'At risk',
  ineligible: 'Not eligible',
} as const;

/** Short fallbacks for reason codes, used only when the scorer gave no message. */
export const ELIGIBILITY_REASON_LABEL: Record<EligibilityReason, string> = {
  'over-10-min': 'Longer than 10 minutes',
  private: 'Private video',
  story: 'A story (expires)',
  'photo-carousel-duet': 'Photo carousel duet',
  'multi-video-mention': 'Mentions several videos',
  deleted: 'Deleted',
  'already-ad': 'Already an ad',
  'licensed-music': 'Licensed music',
  'no-disclosure': 'No branded-content disclosure',
};

export const STATUS_LABEL: Record<ShortlistStatus, string> = {
  candidate: 'Candidate',
  contacted: 'Contacted',
  'code-received': 'Code received',
  live: 'Live',
  expired: 'Expired',
  rejected: 'Rejected',
};
