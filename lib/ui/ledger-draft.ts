import { normalizeCode } from '@/lib/ledger/code';
import { computeExpiry, grantInstantFromDate, grantInstantOf, storedStatus } from '@/lib/ledger/expiry';
import { createAuthorization, type Clock } from '@/lib/ledger/history';
import { localDateOf, runtimeTimeZone } from '@/lib/ledger/zoned-time';
import type { Authorization, AuthStatus } from '@/lib/schemas/authorization';

/**
 * What the add / edit / renew form holds, in the words of the form: a local "granted on" date rather than an
 * instant, a code as typed. The conversions to records live here so the form and the actions agree on them.
 */
export interface AuthorizationDraft {
  /** As entered; normalized on save. Empty = no code yet (only requested). */
  code: string;
  requestedDays: number | null;
  grantedDays: number | null;
  /** 'YYYY-MM-DD' in the user's zone. */
  grantedDate: string;
  campaignEndDate: string | null;
  adAccount: string | null;
  status: AuthStatus;
}

export interface DraftClock {
  now: number;
  timeZone?: string;
}

/**
 * A blank draft (today's date, 30-day grant: TikTok's most common choice) or one filled from a record. A record that
 * knows only its expiry (a CSV import) shows the grant date that expiry implies, not today: saving an unrelated
 * change then leaves the grant, and the expiry, where they were.
 */
export function draftFrom(
  auth: Authorization | null,
  { now, timeZone = runtimeTimeZone() }: DraftClock,
): AuthorizationDraft {
  if (!auth) {
    return {
      code: '',
      requestedDays: 30,
      grantedDays: 30,
      grantedDate: localDateOf(now, timeZone),
      campaignEndDate: null,
      adAccount: null,
      status: 'received',
    };
  }
  return {
    code: auth.code ?? '',
    requestedDays: auth.requestedDays,
    grantedDays: auth.grantedDays,
    grantedDate: localDateOf(grantInstantOf(auth, timeZone) ?? now, timeZone),
    campaignEndDate: auth.campaignEndDate,
    adAccount: auth.adAccount,
    // A derived status is never stored from a form: `expiring` is the clock's word, not the user's.
    status: storedStatus(auth.status),
  };
}

/** The normalized code, or null when the draft has none (an unreadable code also counts as none). */
export function draftCode(draft: AuthorizationDraft): string | null {
  if (draft.code.trim() === '') return null;
  const n = normalizeCode(draft.code);
  return n.ok ? n.code : null;
}

/**
 * The grant instant. Editing a record keeps its exact instant while its date is unchanged (on an imported record,
 * the instant its expiry implies: grantInstantOf); otherwise the date picked (today = now, an earlier day = its
 * first instant, so reminders come early rather than late).
 */
export function draftGrantedAt(
  draft: AuthorizationDraft,
  clock: DraftClock,
  previous?: Authorization | null,
): number | null {
  if (draftCode(draft) === null && draft.status === 'requested') return null;
  const timeZone = clock.timeZone ?? runtimeTimeZone();
  const known = previous ? grantInstantOf(previous, timeZone) : null;
  if (known !== null && localDateOf(known, timeZone) === draft.grantedDate) return known;
  return grantInstantFromDate(draft.grantedDate, clock.now, timeZone);
}

/**
 * The draft grants what the record already holds (same grant instant, same days), so its stored expiry stands.
 * Recomputing it could move it: an imported record's grant is only inferred from the expiry (a skipped wall time
 * does not map back), and the zone may not be the one the code was saved in. A record with an expiry but no known
 * grant (an import without days) has nothing to recompute from while the days stay empty.
 */
function keepsStoredExpiry(
  draft: AuthorizationDraft,
  grantedAt: number,
  previous: Authorization | null | undefined,
  timeZone: string,
): previous is Authorization & { expiresAt: number } {
  if (!previous || previous.expiresAt === null || draft.grantedDays !== previous.grantedDays) return false;
  const known = grantInstantOf(previous, timeZone);
  return known === null || known === grantedAt;
}

export function draftExpiry(
  draft: AuthorizationDraft,
  clock: DraftClock,
  previous?: Authorization | null,
): number | null {
  const timeZone = clock.timeZone ?? runtimeTimeZone();
  const grantedAt = draftGrantedAt(draft, clock, previous);
  if (grantedAt === null) return null;
  if (keepsStoredExpiry(draft, grantedAt, previous, timeZone)) return previous.expiresAt;
  if (draft.grantedDays === null) return null;
  return computeExpiry(grantedAt, draft.grantedDays, timeZone);
}

const cleanText = (s: string | null) => (s === null || s.trim() === '' ? null : s.trim());

/** The fields a draft sets on a record (new, existing, or a renewal request its code arrived for). */
export function draftFields(draft: AuthorizationDraft, clock: DraftClock, previous?: Authorization | null) {
  const code = draftCode(draft);
  const grantedAt = draftGrantedAt(draft, clock, previous);
  const expiresAt = draftExpiry(draft, clock, previous);
  // A new or moved expiry is saved now: reminder windows it already lies inside are caught up from this moment
  // (lib/ledger/reminders). An edit that keeps the expiry keeps its time, so a reminder already sent is not resent.
  const saved = expiresAt !== null && expiresAt !== previous?.expiresAt ? { expirySavedAt: clock.now } : {};
  return {
    code,
    requestedDays: draft.requestedDays,
    grantedDays: draft.grantedDays,
    grantedAt,
    expiresAt,
    ...saved,
    campaignEndDate: cleanText(draft.campaignEndDate),
    adAccount: cleanText(draft.adAccount),
    // Saving a code on a record still marked requested means it arrived.
    status: draft.status === 'requested' && code !== null ? ('received' as const) : draft.status,
  };
}

export function recordFromDraft(videoId: string, draft: AuthorizationDraft, clock: DraftClock & Clock): Authorization {
  const base = createAuthorization({ videoId, code: null }, clock);
  return { ...base, ...draftFields(draft, clock) };
}
