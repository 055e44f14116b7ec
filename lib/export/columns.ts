/**
 * The CSV columns, in order. A public contract (spreadsheets, mail merges and CRMs map these names): never rename,
 * remove or reorder; new columns go at the end only. The importer accepts files with extra trailing columns so a
 * file from a newer build still imports here.
 */
export const EXPORT_COLUMNS = [
  'video_url',
  'video_id',
  'creator_handle',
  'creator_profile_url',
  'creator_nickname',
  'creator_followers',
  'caption',
  'hashtags',
  'posted_at',
  'duration_s',
  'views',
  'likes',
  'comments',
  'shares',
  'saves',
  'engagement_rate_pct',
  'score',
  'band',
  'objective',
  'hook_score',
  'length_score',
  'comments_score',
  'evergreen_score',
  'engagement_score',
  'policy_flags',
  'eligibility',
  'eligibility_reasons',
  'status',
  'tags',
  'notes',
  'auth_status',
  'auth_duration_days',
  'auth_expires_at',
  'auth_code',
  'shortlisted_at',
  'scored_at',
] as const;
export type ExportColumn = (typeof EXPORT_COLUMNS)[number];

/** The factors that have their own `<id>_score` column (the others are in the score but not exported). */
export const FACTOR_COLUMNS = {
  hook: 'hook_score',
  length: 'length_score',
  comments: 'comments_score',
  evergreen: 'evergreen_score',
  engagement: 'engagement_score',
} as const;

/** Separator inside list cells (hashtags, tags, policy_flags, eligibility_reasons). */
export const LIST_SEPARATOR = ';';
