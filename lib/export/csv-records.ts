import { storedStatus } from '@/lib/ledger/expiry';
import type { Authorization } from '@/lib/schemas/authorization';
import type { FactorId, ScoreResult } from '@/lib/schemas/score';
import { MAX_NOTE_LENGTH, MAX_TAG_LENGTH } from '@/lib/schemas/enums';
import type { ShortlistEntry, StatsSnapshot } from '@/lib/schemas/shortlist';
import type { VideoRecord } from '@/lib/schemas/video';
import { FACTOR_COLUMNS } from './columns';
import { importedVideo } from './imported-video';
import type { CsvRow } from './csv-cells-schema';

/**
 * A CSV row back into records. A CSV is a lossy copy (no flags, sound, transcript, comments, factor weights or edit
 * times), so what it cannot say is left unknown (null) or marked: stats are `source: 'import'` and not exact, and a
 * score is `scoringVersion: 'csv-import'` so "Rescore all" can tell it from a computed one.
 */

export const CSV_SCORING_VERSION = 'csv-import';

export interface CsvRecords {
  video: VideoRecord;
  score: ScoreResult | null;
  entry: ShortlistEntry;
  authorization: Authorization | null;
  snapshot: StatsSnapshot | null;
}

export interface CsvRecordOptions {
  /**
   * The edit time given to the row's status, note and tags. A CSV has no edit times; the default is the row's
   * shortlisted_at (the oldest they can be), so on a video both sides have, the local edits win.
   */
  editedAt?: number;
}

/** A row with a score but no band or eligibility cannot become a ScoreResult; the reason says which. */
export function csvRecords(r: CsvRow, opts: CsvRecordOptions = {}): CsvRecords | string {
  const editedAt = opts.editedAt ?? r.shortlisted_at;
  // The counts were read no later than the score that used them.
  const capturedAt = r.scored_at ?? r.shortlisted_at;
  const urlId = r.video_url.slice(r.video_url.lastIndexOf('/') + 1);
  if (urlId !== r.video_id) return `video_url points to video ${urlId} but video_id is ${r.video_id}`;
  const longTag = r.tags.find((t) => t.length > MAX_TAG_LENGTH);
  if (longTag !== undefined)
    return `the tag “${longTag.slice(0, 24)}…” has ${longTag.length} characters; a tag holds at most ${MAX_TAG_LENGTH}`;
  if (r.notes.length > MAX_NOTE_LENGTH)
    return `notes has ${r.notes.length.toLocaleString('en-US')} characters; a note holds at most ${MAX_NOTE_LENGTH.toLocaleString('en-US')}`;

  const video = importedVideo(
    {
      id: r.video_id,
      url: r.video_url,
      handle: r.creator_handle,
      nickname: r.creator_nickname || null,
      followers: r.creator_followers,
      caption: r.caption,
      hashtags: r.hashtags,
      postedAt: r.posted_at,
      durationSec: r.duration_s,
      views: r.views,
      likes: r.likes,
      comments: r.comments,
      shares: r.shares,
      saves: r.saves,
    },
    capturedAt,
    false,
  );

  const score = csvScore(r, capturedAt);
  if (typeof score === 'string') return score;

  const entry: ShortlistEntry = {
    videoId: r.video_id,
    status: r.status,
    tags: r.tags,
    note: r.notes,
    objective: r.objective,
    handle: r.creator_handle,
    shortlistedAt: r.shortlisted_at,
    updatedAt: editedAt,
    statusUpdatedAt: editedAt,
    noteUpdatedAt: editedAt,
    tagsUpdatedAt: editedAt,
  };

  const authorization = csvAuthorization(r, editedAt);
  if (typeof authorization === 'string') return authorization;

  const counts = [r.views, r.likes, r.comments, r.shares, r.saves];
  const snapshot: StatsSnapshot | null = counts.some((c) => c !== null)
    ? {
        videoId: r.video_id,
        capturedAt,
        views: r.views,
        likes: r.likes,
        comments: r.comments,
        shares: r.shares,
        saves: r.saves,
        exact: false,
      }
    : null;
  return { video, score, entry, authorization, snapshot };
}

function csvScore(r: CsvRow, capturedAt: number): ScoreResult | null | string {
  if (r.score === null) return null;
  if (r.band === null) return 'band is empty but the row has a score';
  if (r.eligibility === null) return 'eligibility is empty but the row has a score';
  const factors = (Object.keys(FACTOR_COLUMNS) as Array<keyof typeof FACTOR_COLUMNS>)
    .map((id) => ({ id: id as FactorId, score: r[FACTOR_COLUMNS[id]] }))
    .filter((f): f is { id: FactorId; score: number } => f.score !== null);
  return {
    videoId: r.video_id,
    total: r.score,
    band: r.band,
    objective: r.objective,
    // Weights are not exported: equal shares keep the breakdown readable, confidence 0 says they are not known.
    factors: factors.map((f) => ({
      ...f,
      weight: 1 / factors.length,
      confidence: 0,
      reasons: ['Imported from a CSV export'],
    })),
    missing: [],
    confidence: 0,
    policyFlags: r.policy_flags.map((category) => ({
      category,
      evidence: [],
      markets: 'global',
      severity: 'restricted',
    })),
    eligibility: { status: r.eligibility, reasons: r.eligibility_reasons.map((code) => ({ code, message: code })) },
    engagementRatePct: r.engagement_rate_pct,
    scoringVersion: CSV_SCORING_VERSION,
    scoredAt: r.scored_at ?? capturedAt,
  };
}

function csvAuthorization(r: CsvRow, editedAt: number): Authorization | null | string {
  const any =
    r.auth_status !== null || r.auth_duration_days !== null || r.auth_expires_at !== null || r.auth_code !== '';
  if (!any) return null;
  if (r.auth_status === null) return 'auth_status is empty but the row has other auth_ cells';
  const requested = r.auth_status === 'requested';
  return {
    // One per video from a CSV: re-importing the same file finds the same record instead of adding another.
    id: `csv-${r.video_id}`,
    videoId: r.video_id,
    code: r.auth_code.trim() || null,
    requestedDays: requested ? r.auth_duration_days : null,
    grantedDays: requested ? null : r.auth_duration_days,
    // Not exported; the expiry is, and it is what reminders use.
    grantedAt: null,
    expiresAt: r.auth_expires_at,
    campaignEndDate: null,
    adAccount: null,
    // Files from earlier builds wrote the derived status; `expiring` is the clock's word, stored as what it means.
    status: storedStatus(r.auth_status),
    note: '',
    supersededBy: null,
    current: true,
    createdAt: editedAt,
    updatedAt: editedAt,
  };
}
