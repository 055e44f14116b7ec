import type { Industry, Market } from '@/lib/schemas/settings';

export const MARKET_LABEL: Record<Market, string> = {
  global: 'Global',
  us: 'United States',
  ca: 'Canada',
  eea: 'EEA (EU, Iceland, Liechtenstein, Norway)',
  uk: 'United Kingdom',
  ch: 'Switzerland',
  israel: 'Israel',
  other: 'Other markets',
};

export const INDUSTRY_LABEL: Record<Industry, string> = {
  general: 'General (all industries)',
  'sports-teams': 'Sports teams',
  nonprofits: 'Nonprofits',
  influencers: 'Influencers',
  alcohol: 'Alcohol',
  'higher-education': 'Higher education',
  media: 'Media',
  travel: 'Travel',
  'tech-software': 'Tech and software',
  fashion: 'Fashion',
  'health-beauty': 'Health and beauty',
  retail: 'Retail',
  'food-beverage': 'Food and beverage',
};

export const OBJECTIVE_HINT = {
  awareness: 'Reach: the hook and a native feel weigh most.',
  consideration: 'Interest: a balance of hook, comments and engagement.',
  conversion: 'Sales: purchase-intent comments and a clear call to action weigh most.',
} as const;
