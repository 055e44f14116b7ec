import type { Authorization, AuthStatus } from '@/lib/schemas/authorization';
import { computeExpiry } from './expiry';
import { runtimeTimeZone } from './zoned-time';

export interface NewAuthorizationInput {
  videoId: string;
  /** Already normalized (normalizeCode); null for a code only requested so far. */
  code: string | null;
  requestedDays?: number | null;
  grantedDays?: number | null;
  /** Default: now, when a code is given. */
  grantedAt?: number | null;
  campaignEndDate?: string | null;
  adAccount?: string | null;
  status?: AuthStatus;
  note?: string;
}

export interface Clock {
  now: number;
  timeZone?: string;
  /** Injected so tests get stable ids; the app passes crypto.randomUUID. */
  newId?: () => string;
}

/** A fresh record with its expiry computed. It is `current` unless it is a renewal still waiting for its code. */
export function createAuthorization(input: NewAuthorizationInput, { now, timeZone, newId }: Clock): Authorization {
  const grantedAt = input.grantedAt ?? (input.code !== null ? now : null);
  const grantedDays = input.grantedDays ?? null;
  const expiresAt =
    grantedAt !== null && grantedDays !== null
      ? computeExpiry(grantedAt, grantedDays, timeZone ?? runtimeTimeZone())
      : null;
  return {
    id: (newId ?? (() => crypto.randomUUID()))(),
    videoId: input.videoId,
    code: input.code,
    requestedDays: input.requestedDays ?? null,
    grantedDays,
    grantedAt,
    expiresAt,
    campaignEndDate: input.campaignEndDate ?? null,
    adAccount: input.adAccount ?? null,
    status: input.status ?? (input.code !== null ? 'received' : 'requested'),
    note: input.note ?? '',
    supersededBy: null,
    current: true,
    createdAt: now,
    updatedAt: now,
  };
}

/** Newest first: the order a history panel shows. */
export function historyOf(videoId: string, all: readonly Authorization[]): Authorization[] {
  return all.filter((a) => a.videoId === videoId).sort((a, b) => b.createdAt - a.createdAt);
}

/**
 * The video's current code. Normally the one flagged `current`; if a bad import left none (or several), the newest
 * record that nothing superseded, so the UI always has an answer.
 */
export function currentAuthorization(videoId: string, all: readonly Authorization[]): Authorization | null {
  const history = historyOf(videoId, all);
  const flagged = history.filter((a) => a.current);
  if (flagged.length === 1) return flagged[0]!;
  return (flagged.length > 1 ? flagged : history).find((a) => a.supersededBy === null) ?? history[0] ?? null;
}

/**
 * A code that is history: a renewal replaced it (`supersededBy`), or it lost `current` to another code of its video
 * without a pointer (lib/db demotes the old current code when another is saved as current; an undone delete brings
 * codes back as history). Reminders, the badge and the ledger's "replaced" all ask this one question, so a code the
 * ledger files as history never reminds. A pending renewal request is not current either, but it has no code yet
 * and replaced nothing: it stays in view.
 */
export function isReplaced(auth: Pick<Authorization, 'supersededBy' | 'current' | 'code'>): boolean {
  return auth.supersededBy !== null || (!auth.current && auth.code !== null);
}

/**
 * A renewal arrived: `next` becomes current and `previous` points at it. Returns both records to write in one
 * transaction. The old code keeps its own status and expiry (it may still be running until the new one is live).
 */
export function supersede(previous: Authorization, next: Authorization, now: number): [Authorization, Authorization] {
  return [
    { ...previous, supersededBy: next.id, current: false, updatedAt: now },
    { ...next, current: true, updatedAt: now },
  ];
}

/** A renewal request for a video whose code is still current: recorded, but not current until its code arrives. */
export function createRenewalRequest(previous: Authorization, requestedDays: number, clock: Clock): Authorization {
  return {
    ...createAuthorization(
      {
        videoId: previous.videoId,
        code: null,
        requestedDays,
        campaignEndDate: previous.campaignEndDate,
        adAccount: previous.adAccount,
      },
      clock,
    ),
    current: false,
  };
}

/**
 * The code for a record arrived or its grant was edited: set it and recompute the expiry. A changed expiry is stamped
 * `expirySavedAt`, so a reminder window it already lies inside is caught up (lib/ledger/reminders).
 */
export function applyGrant(
  auth: Authorization,
  grant: { code?: string; grantedAt?: number; grantedDays?: number | null },
  { now, timeZone }: Clock,
): Authorization {
  const code = grant.code ?? auth.code;
  const grantedAt = grant.grantedAt ?? auth.grantedAt ?? (code !== null ? now : null);
  const grantedDays = grant.grantedDays !== undefined ? grant.grantedDays : auth.grantedDays;
  const expiresAt =
    grantedAt !== null && grantedDays !== null
      ? computeExpiry(grantedAt, grantedDays, timeZone ?? runtimeTimeZone())
      : null;
  const status: AuthStatus = auth.status === 'requested' && code !== null ? 'received' : auth.status;
  const saved = expiresAt !== null && expiresAt !== auth.expiresAt ? { expirySavedAt: now } : {};
  return { ...auth, code, grantedAt, grantedDays, expiresAt, status, ...saved, updatedAt: now };
}
