import { EXPIRING_WITHIN_DAYS, statusAt } from '@/lib/ledger/expiry';
import { runtimeTimeZone } from '@/lib/ledger/zoned-time';
import type { Authorization, AuthStatus } from '@/lib/schemas/authorization';
import type { FactorId, ScoreResult } from '@/lib/schemas/score';
import type { ShortlistEntry } from '@/lib/schemas/shortlist';
import type { VideoRecord } from '@/lib/schemas/video';
import { bareHandle, bareHashtag, canonicalVideoUrl, countCell, isoUtc, listCell, profileUrl, type Cell } from './cells';

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

const FACTOR_ORDER: readonly FactorId[] = ['hook', 'length', 'comments', 'evergreen', 'engagement'];

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

function pushScore(out: Cell[], score: ScoreResult): void {
  out.push(score.total, score.band, score.objective);
  for (const id of FACTOR_ORDER) {
    const f = score.factors.find((x) => x.id === id);
    out.push(f ? f.score : '');
  }
  const categories = score.policyFlags.map((f) => f.category);
  out.push(
    listCell(categories.length > 1 ? [...new Set(categories)] : categories),
    score.eligibility.status,
    listCell(score.eligibility.reasons.map((r) => r.code)),
  );
}

function pushAuth(out: Cell[], auth: Authorization, ctx: CellContext): void {
  out.push(
    // What the code is now (expiring, expired), not only what the user last set: the sheet is read later.
    exportAuthStatus(auth, ctx),
    countCell(auth.grantedDays ?? auth.requestedDays),
    isoUtc(auth.expiresAt),
    ctx.includeCodes ? (auth.code ?? '') : '',
  );
}

/**
 * The cells of one row, in EXPORT_COLUMNS order (tests/unit/export/csv-columns.test.ts pins the order). Pushed into
 * one array rather than spread from pieces: this runs 10,000 times per export and is measured in the bench.
 */
export function toCsvCells(row: ExportRow, ctx: CellContext): Cell[] {
  const { video, entry, score, authorization } = row;
  const handle = bareHandle(video.author.handle);
  const s = video.stats;
  const out: Cell[] = [
    canonicalVideoUrl(video.url, handle, video.id),
    video.id,
    handle,
    profileUrl(handle),
    video.author.nickname ?? '',
    countCell(video.author.followers?.value),
    video.caption,
    listCell(video.hashtags.map(bareHashtag)),
    isoUtc(video.postedAt),
    countCell(video.durationSec),
    countCell(s.views?.value),
    countCell(s.likes?.value),
    countCell(s.comments?.value),
    countCell(s.shares?.value),
    countCell(s.saves?.value),
    engagementCell(video),
  ];
  if (score) pushScore(out, score);
  else out.push('', '', entry.objective, '', '', '', '', '', '', '', '');
  out.push(entry.status, listCell(entry.tags), entry.note);
  if (authorization) pushAuth(out, authorization, ctx);
  else out.push('', '', '', '');
  out.push(isoUtc(entry.shortlistedAt), isoUtc(score?.scoredAt));
  return out;
}
