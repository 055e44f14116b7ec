import { EXPIRING_WITHIN_DAYS, statusAt } from '@/lib/ledger/expiry';
import { runtimeTimeZone } from '@/lib/ledger/zoned-time';
import type { Authorization, AuthStatus } from '@/lib/schemas/authorization';
import type { ScoreResult } from '@/lib/schemas/score';
import type { ShortlistEntry } from '@/lib/schemas/shortlist';
import type { VideoRecord } from '@/lib/schemas/video';
import {
  bareHandle,
  bareHashtag,
  canonicalVideoUrl,
  countCell,
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
  /** "Excel": start the file with a UTF-8 byte order mark so Excel does not read it as ANSI. */
  excelBom?: boolean;
  /** The clock that turns a stored code status into what it is now (expiring, expired); default Date.now(). */
  now?: number;
  /** For the expiring window's calendar days; default the runtime's zone. */
  timeZone?: string;
}

/** The options with the clock and zone resolved once per export (resolving the zone costs ~50 µs per call). */
export interface CellContext {
  includeCodes: boolean;
  now: number;
  timeZone: string;
}

export function cellContext(opts: CsvOptions = {}): CellContext {
  return {
    includeCodes: opts.includeCodes ?? false,
    now: opts.now ?? Date.now(),
    timeZone: opts.timeZone ?? runtimeTimeZone(),
  };
}

/** (likes+comments+shares+saves) ÷ views × 100 to 2 decimals; unknown non-view counts count as 0; '' without views. */
export function engagementCell(video: VideoRecord): string {
  const s = video.stats;
  const views = s.views?.value;
  if (!views) return '';
  const sum = (s.likes?.value ?? 0) + (s.comments?.value ?? 0) + (s.shares?.value ?? 0) + (s.saves?.value ?? 0);
  return ((sum / views) * 100).toFixed(2);
}

const DAY_MS = 86_400_000;
/** Two days of slack: however DST and day boundaries fall, an expiry this far off is outside the expiring window. */
const SURELY_NOT_EXPIRING_MS = (EXPIRING_WITHIN_DAYS + 2) * DAY_MS;

/**
 * statusAt (lib/ledger) without its calendar math when the answer cannot depend on it: that math formats dates in
 * the user's zone (Intl), ~20 µs a call, and most codes in an export are weeks from expiry.
 */
export function exportAuthStatus(auth: Authorization, ctx: CellContext): AuthStatus {
  const farOff = auth.expiresAt !== null && auth.expiresAt - ctx.now > SURELY_NOT_EXPIRING_MS;
  if (farOff && auth.status !== 'expiring') return auth.status;
  return statusAt(auth, ctx.now, ctx.timeZone);
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
    video.id,
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
    // What the code is now (expiring, expired), not only what the user last set: the sheet is read later.
    auth ? exportAuthStatus(auth, ctx) : '',
    auth ? countCell(auth.grantedDays ?? auth.requestedDays) : '',
    auth ? isoUtc(auth.expiresAt) : '',
    auth && ctx.includeCodes ? textCell(auth.code ?? '') : '',
    isoUtc(entry.shortlistedAt),
    score ? isoUtc(score.scoredAt) : '',
  ];
}
