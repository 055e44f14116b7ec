import { normalizeCode } from '@/lib/ledger/code';
import { computeExpiry, grantInstantFromDate } from '@/lib/ledger/expiry';
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

/** A blank draft (today's date, 30-day grant: TikTok's most common choice) or one filled from a record. */
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
    grantedDate: localDateOf(auth.grantedAt ?? now, timeZone),
    campaignEndDate: auth.campaignEndDate,
    adAccount: auth.adAccount,
    // A derived status is never stored from a form: `expiring` is the clock's word, not the user's.
    status: auth.status === 'expiring' ? 'received' : auth.status,
  };
}

/** The normalized code, or null when the draft has none (an unreadable code also counts as none). */
export function draftCode(draft: AuthorizationDraft): string | null {
  if (draft.code.trim() === '') return null;
  const n = normalizeCode(draft.code);
  return n.ok ? n.code : null;
}

/**
 * The grant instant. Editing a record keeps its exact instant while its date is unchanged; otherwise the date
 * picked (today = now, an earlier day = its first instant, so reminders come early rather than late).
 */
export function draftGrantedAt(
  draft: AuthorizationDraft,
  clock: DraftClock,
  previous?: Authorization | null,
): number | null {
  if (draftCode(draft) === null && draft.status === 'requested') return null;
  const timeZone = clock.timeZone ?? runtimeTimeZone();
  if (previous?.grantedAt != null && localDateOf(previous.grantedAt, timeZone) === draft.grantedDate)
    return previous.grantedAt;
  return grantInstantFromDate(draft.grantedDate, clock.now, timeZone);
}

export function draftExpiry(
  draft: AuthorizationDraft,
  clock: DraftClock,
  previous?: Authorization | null,
): number | null {
  const grantedAt = draftGrantedAt(draft, clock, previous);
  if (grantedAt === null || draft.grantedDays === null) return null;
  return computeExpiry(grantedAt, draft.grantedDays, clock.timeZone ?? runtimeTimeZone());
}

const cleanText = (s: string | null) => (s === null || s.trim() === '' ? null : s.trim());

/** The fields a draft sets on a record (new or existing). */
export function draftFields(draft: AuthorizationDraft, clock: DraftClock, previous?: Authorization | null) {
  const code = draftCode(draft);
  const grantedAt = draftGrantedAt(draft, clock, previous);
  return {
    code,
    requestedDays: draft.requestedDays,
    grantedDays: draft.grantedDays,
    grantedAt,
    expiresAt: draftExpiry(draft, clock, previous),
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
