import { storedStatus } from '@/lib/ledger/expiry';
import type { Authorization, AuthStatus } from '@/lib/schemas/authorization';
import type { ScoreResult } from '@/lib/schemas/score';
import type { ShortlistEntry } from '@/lib/schemas/shortlist';
import type { VideoRecord } from '@/lib/schemas/video';
import {
  bareHandle,
  bareHashtag,
  canonicalVideoUrl,
  countCell,
  excelTextId,
  isoUtc,
  listCell,
  profileUrl,
  textCell,
  type Cell,
} from './cells';

/** One shortlisted video as the export sees it: its record, its score for the entry's objective, its current code. */
export interface ExportRow {
  video: VideoRecord;
  score?: ScoreResult | null;
  entry: ShortlistEntry;
  authorization?: Authorization | null;
}

export interface CsvOptions {
  /** "Include authorization codes" was ticked for this export; otherwise auth_code is always empty. */
  includeCodes?: boolean;
  /**
   * "Excel": start the file with a UTF-8 byte order mark so Excel does not read it as ANSI, and write video_id as
   * `="…"` so Excel keeps its 19 digits as text (cells.ts excelTextId); the importer reads both forms.
   */
  excelBom?: boolean;
  /**
   * No cell depends on the clock: auth_status is the stored status (exportAuthStatus). Accepted, and ignored, so
   * callers that still pass the export's clock and zone need no change.
   */
  now?: number;
  timeZone?: string;
}

/** The options resolved once per export. */
export interface CellContext {
  includeCodes: boolean;
  /** The "Excel" option: video_id as `="…"`. */
  excel: boolean;
}

export function cellContext(opts: CsvOptions = {}): CellContext {
  return { includeCodes: opts.includeCodes ?? false, excel: opts.excelBom ?? false };
}

/** (likes+comments+shares+saves) ÷ views × 100 to 2 decimals; unknown non-view counts count as 0; '' without views. */
export function engagementCell(video: VideoRecord): string {
  const s = video.stats;
  const views = s.views?.value;
  if (!views) return '';
  const sum = (s.likes?.value ?? 0) + (s.comments?.value ?? 0) + (s.shares?.value ?? 0) + (s.saves?.value ?? 0);
  return ((sum / views) * 100).toFixed(2);
}

/**
 * auth_status: the status the user set, not the one the clock derives (expiring, expired), so a file imports back as
 * it was: an in-use code in its last week stays in use, where "expiring" would lose that. A sheet reads how near the
 * end is from auth_expires_at. A stored `expiring` (an import of a file from before) is written as what it means.
 */
export function exportAuthStatus(auth: Pick<Authorization, 'status'>): AuthStatus {
  return storedStatus(auth.status);
}

function policyCell(score: ScoreResult): string {
  const flags = score.policyFlags;
  if (flags.length === 0) return '';
  if (flags.length === 1) return flags[0]!.category;
  return listCell([...new Set(flags.map((f) => f.category))]);
}

function reasonsCell(score: ScoreResult): string {
  return listCell(score.eligibility.reasons.map((r) => r.code));
}

function hashtagCell(hashtags: readonly string[]): string {
  if (hashtags.length === 0) return '';
  for (let i = 0; i < hashtags.length; i++)
    if (hashtags[i]!.charCodeAt(0) === 35) return listCell(hashtags.map(bareHashtag));
  return listCell(hashtags);
}

/**
 * The cells of one row, in EXPORT_COLUMNS order (tests/unit/export/csv-columns.test.ts pins it). Cells holding text
 * someone typed (handle, nickname, caption, hashtags, tags, note, code) get the formula guard; the rest are built
 * here from numbers, enums and ids. One array literal, no intermediate arrays: this runs 10,000 times per export and
 * is measured in tests/bench/suites/40-export.ts.
 */
export function toCsvCells(row: ExportRow, ctx: CellContext): Cell[] {
  const { video, entry, score, authorization: auth } = row;
  const handle = bareHandle(video.author.handle);
  const s = video.stats;
  let hook: Cell = '',
    length: Cell = '',
    comments: Cell = '',
    evergreen: Cell = '',
    engagement: Cell = '';
  if (score) {
    for (const f of score.factors) {
      if (f.id === 'hook') hook = f.score;
      else if (f.id === 'length') length = f.score;
      else if (f.id === 'comments') comments = f.score;
      else if (f.id === 'evergreen') evergreen = f.score;
      else if (f.id === 'engagement') engagement = f.score;
    }
  }
  return [
    canonicalVideoUrl(video.url, handle, video.id),
    ctx.excel ? excelTextId(video.id) : video.id,
    textCell(handle),
    profileUrl(handle),
    textCell(video.author.nickname ?? ''),
    countCell(video.author.followers?.value),
    textCell(video.caption),
    textCell(hashtagCell(video.hashtags)),
    isoUtc(video.postedAt),
    countCell(video.durationSec),
    countCell(s.views?.value),
    countCell(s.likes?.value),
    countCell(s.comments?.value),
    countCell(s.shares?.value),
    countCell(s.saves?.value),
    engagementCell(video),
    score ? score.total : '',
    score ? score.band : '',
    score ? score.objective : entry.objective,
    hook,
    length,
    comments,
    evergreen,
    engagement,
    score ? policyCell(score) : '',
    score ? score.eligibility.status : '',
    score && score.eligibility.reasons.length ? reasonsCell(score) : '',
    entry.status,
    entry.tags.length ? textCell(listCell(entry.tags)) : '',
    textCell(entry.note),
    auth ? exportAuthStatus(auth) : '',
    auth ? countCell(auth.grantedDays ?? auth.requestedDays) : '',
    auth ? isoUtc(auth.expiresAt) : '',
    auth && ctx.includeCodes ? textCell(auth.code ?? '') : '',
    isoUtc(entry.shortlistedAt),
    score ? isoUtc(score.scoredAt) : '',
  ];
}
