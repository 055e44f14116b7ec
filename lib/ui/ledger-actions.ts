import { useMemo } from 'react';
import {
  addAuthorization,
  appDb,
  authorizationsForVideo,
  getAuthorization,
  updateAuthorization,
  type SparkScoutDb,
} from '@/lib/db';
import { createRenewalRequest, supersede } from '@/lib/ledger/history';
import { request } from '@/lib/messaging';
import type { Authorization, AuthStatus } from '@/lib/schemas/authorization';
import { draftFields, recordFromDraft, type AuthorizationDraft } from './ledger-draft';

/**
 * Ledger writes from an extension page. They go straight to the database (a renewal writes two records in one
 * transaction, which two messages could not), then tell the background to re-sync reminders and the badge.
 */
export interface LedgerActions {
  add(videoId: string, draft: AuthorizationDraft): Promise<Authorization>;
  edit(id: string, draft: AuthorizationDraft): Promise<Authorization>;
  setStatus(id: string, status: AuthStatus): Promise<Authorization>;
  /** A new code replaces the video's current one (filling the pending renewal request if there is one). */
  renew(videoId: string, draft: AuthorizationDraft): Promise<Authorization>;
  /** Records that a renewal was asked for; it becomes current when its code arrives. */
  requestRenewal(videoId: string, requestedDays: number): Promise<Authorization>;
}

export interface LedgerActionOptions {
  now?: () => number;
  timeZone?: string;
  /** Default: the 'ledger:changed' message. Never fails the write: the background also re-syncs on its own timer. */
  notify?: () => Promise<unknown>;
}

function must<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`${what} no longer exists (deleted in another tab?).`);
  return value;
}

/** A renewal asked for after the current code and not answered yet. */
export function pendingRenewal(current: Authorization | null, others: readonly Authorization[]): Authorization | null {
  return (
    others.find(
      (a) =>
        a.code === null &&
        a.status === 'requested' &&
        a.supersededBy === null &&
        a.createdAt >= (current?.createdAt ?? 0),
    ) ?? null
  );
}

export function ledgerActions(db: SparkScoutDb = appDb(), options: LedgerActionOptions = {}): LedgerActions {
  const clock = () => ({ now: options.now?.() ?? Date.now(), timeZone: options.timeZone });
  const notify = options.notify ?? (() => request('ledger:changed'));
  const after = async <T>(write: Promise<T>): Promise<T> => {
    const result = await write;
    await notify().catch((error: unknown) => console.warn('[spark-scout] reminder re-sync request failed', error));
    return result;
  };

  return {
    add: (videoId, draft) => after(addAuthorization(db, recordFromDraft(videoId, draft, clock()))),

    edit: (id, draft) =>
      after(
        db.transaction('rw', db.authorizations, async () => {
          const previous = must(await getAuthorization(db, id), 'That code');
          if (!previous.ok) throw new Error(`That record is damaged: ${previous.reason}`);
          const patch = draftFields(draft, clock(), previous.value);
          return must(await updateAuthorization(db, id, patch), 'That code');
        }),
      ),

    setStatus: (id, status) => after(updateAuthorization(db, id, { status }).then((a) => must(a, 'That code'))),

    renew: (videoId, draft) =>
      after(
        db.transaction('rw', db.authorizations, async () => {
          const c = clock();
          const { current, history } = await authorizationsForVideo(db, videoId);
          const pending = pendingRenewal(current, history);
          const fresh = pending
            ? { ...pending, ...draftFields(draft, c, pending), current: true }
            : recordFromDraft(videoId, draft, c);
          if (!current) return addAuthorization(db, fresh);
          const [previous, next] = supersede(current, fresh, c.now);
          const saved = pending
            ? must(await updateAuthorization(db, next.id, next), 'The renewal request')
            : await addAuthorization(db, next);
          await updateAuthorization(db, previous.id, { supersededBy: previous.supersededBy, current: false });
          return saved;
        }),
      ),

    requestRenewal: (videoId, requestedDays) =>
      after(
        db.transaction('rw', db.authorizations, async () => {
          const { current, history } = await authorizationsForVideo(db, videoId);
          if (!current) throw new Error('This video has no code to renew yet.');
          const pending = pendingRenewal(current, history);
          if (pending) return must(await updateAuthorization(db, pending.id, { requestedDays }), 'The renewal request');
          return addAuthorization(db, createRenewalRequest(current, requestedDays, clock()));
        }),
      ),
  };
}

/**
 * The page's ledger actions (stable across renders). Give them the clock and zone the view shows, so "granted
 * today" in the form and the saved grant instant agree.
 */
export function useLedgerActions(
  { fixedNow, timeZone }: { fixedNow?: number; timeZone?: string } = {},
  db: SparkScoutDb = appDb(),
): LedgerActions {
  return useMemo(
    () => ledgerActions(db, { timeZone, now: fixedNow === undefined ? undefined : () => fixedNow }),
    [db, fixedNow, timeZone],
  );
}
