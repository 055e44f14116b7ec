import { describe, expect, it } from 'vitest';
import { EXPORT_COLUMNS } from '@/lib/export/columns';
import { exportCsv } from '@/lib/export/csv';
import { cellContext, toCsvCells } from '@/lib/export/csv-row';
import { exportRow, NOW } from './helpers';

// The public contract of issue 8, written out: spreadsheets and CRMs map these names. Changing this list is a
// breaking change for every user's mail merge; new columns go at the end only.
const CONTRACT = [
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
];

describe('CSV columns', () => {
  it('are exactly the contract columns in the contract order', () => {
    expect([...EXPORT_COLUMNS]).toEqual(CONTRACT);
  });

  it('start every file as its first line', () => {
    const csv = exportCsv([exportRow(1)], { now: NOW });
    expect(csv.split('\r\n')[0]).toBe(CONTRACT.join(','));
  });

  it('get one cell each from every row', () => {
    expect(toCsvCells(exportRow(1), cellContext({ now: NOW }))).toHaveLength(CONTRACT.length);
    expect(toCsvCells({ ...exportRow(2), score: null }, cellContext({ now: NOW }))).toHaveLength(CONTRACT.length);
  });

  it('write an empty shortlist as the header alone', () => {
    expect(exportCsv([], { now: NOW })).toBe(CONTRACT.join(','));
  });
});
