import { daysLeft, isExpiringAt, statusAt } from '@/lib/ledger/expiry';
import { isReplaced } from '@/lib/ledger/history';
import { ledgerWarnings, type LedgerWarning } from '@/lib/ledger/warnings';
import { runtimeTimeZone } from '@/lib/ledger/zoned-time';
import { AUTH_STATUSES, type Authorization, type AuthStatus } from '@/lib/schemas/authorization';
import type { LedgerData, LedgerVideo } from './ledger-data';
import { concernsVideo } from './ledger-warnings';

export type StatusFilter = AuthStatus | 'all';

export interface LedgerRow {
  auth: Authorization;
  video: LedgerVideo;
  /** What the clock says now (expiring / expired derived from the expiry). */
  status: AuthStatus;
  /**
   * In its last week (isExpiringAt), as the badge counts it: true for every `expiring` row and also for an `in-use`
   * one, which keeps its status and is listed under both filters.
   */
  expiring: boolean;
  daysLeft: number | null;
  /** A renewal (or a merge that kept another code current) replaced this code: lib/ledger/history isReplaced. */
  replaced: boolean;
  warnings: LedgerWarning[];
}

export interface RowOptions {
  now: number;
  timeZone?: string;
  /** Also list codes a renewal replaced (default: only each video's latest). */
  includeReplaced?: boolean;
}

const ENDED: ReadonlySet<AuthStatus> = new Set(['expired', 'revoked']);

/**
 * Codes still running (and requested ones without an expiry yet, after them) first, soonest expiry first; then the
 * expired and revoked ones, most recently ended first, so last year's codes do not bury today's. Sorted by expiry
 * within each group; ties newest first.
 */
function byUrgency(a: LedgerRow, b: LedgerRow): number {
  const ended = ENDED.has(a.status);
  if (ended !== ENDED.has(b.status)) return ended ? 1 : -1;
  const [x, y] = [a.auth.expiresAt, b.auth.expiresAt];
  // NaN (both without an expiry) is falsy: the tie-break decides.
  const order = ended ? (y ?? -Infinity) - (x ?? -Infinity) : (x ?? Infinity) - (y ?? Infinity);
  return order || b.auth.createdAt - a.auth.createdAt;
}

/** The ledger as table rows in byUrgency order, with each code's status and warnings as of `now`. */
export function ledgerRows(
  data: LedgerData,
  { now, timeZone = runtimeTimeZone(), includeReplaced = false }: RowOptions,
): LedgerRow[] {
  const warnings = ledgerWarnings({ authorizations: data.authorizations, entries: data.entries, now, timeZone });
  return data.authorizations
    .filter((a) => includeReplaced || !isReplaced(a))
    .map((auth) => {
      const video = data.videos.get(auth.videoId) ?? { videoId: auth.videoId, handle: null, url: null };
      const replaced = isReplaced(auth);
      return {
        auth,
        video,
        status: statusAt(auth, now, timeZone),
        expiring: isExpiringAt(auth, now, timeZone),
        daysLeft: daysLeft(auth, now, timeZone),
        replaced,
        warnings: replaced ? [] : warnings.filter((w) => concernsVideo(w, auth.videoId, null)),
      };
    })
    .sort(byUrgency);
}

/** Whether a row is listed under a status filter: an in-use code in its last week under "In use" and "Expiring". */
function hasStatus(row: LedgerRow, status: AuthStatus): boolean {
  return status === 'expiring' ? row.expiring : row.status === status;
}

/** Rows per status filter; an in-use code in its last week counts under both (the totals can exceed the rows). */
export function countByStatus(rows: readonly LedgerRow[]): Record<AuthStatus, number> {
  const counts = Object.fromEntries(AUTH_STATUSES.map((s) => [s, 0])) as Record<AuthStatus, number>;
  for (const r of rows) for (const s of AUTH_STATUSES) if (hasStatus(r, s)) counts[s] += 1;
  return counts;
}

export function filterRows(rows: readonly LedgerRow[], filter: StatusFilter): LedgerRow[] {
  return filter === 'all' ? [...rows] : rows.filter((r) => hasStatus(r, filter));
}
