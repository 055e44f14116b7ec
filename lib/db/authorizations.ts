import { authorizationSchema, type Authorization, type AuthStatus } from '@/lib/schemas/authorization';
import type { SparkScoutDb } from './db';
import { check, checkAll, rawId, validInput, type BadRecord } from './validate';

/**
 * Storage of the Spark authorization ledger. The rules about codes and dates live in lib/ledger; this module only
 * keeps the records and one invariant: at most one `current` record per video.
 */

export type AuthorizationPatch = Partial<Omit<Authorization, 'id' | 'videoId' | 'createdAt'>>;

export interface AuthorizationList {
  rows: Authorization[];
  bad: BadRecord[];
}

const byExpiry = (a: Authorization, b: Authorization) =>
  (a.expiresAt ?? Infinity) - (b.expiresAt ?? Infinity) || b.createdAt - a.createdAt;

function checked(raws: readonly unknown[]): AuthorizationList {
  const { values, bad } = checkAll(authorizationSchema, raws, (v, i) => rawId(v, 'id', `#${i}`));
  return { rows: values, bad };
}

/** Makes `keepId` the only current record of its video (inside an open transaction). */
async function demoteOthers(db: SparkScoutDb, videoId: string, keepId: string, now: number): Promise<void> {
  await db.authorizations
    .where('videoId')
    .equals(videoId)
    .filter((a) => a.current && a.id !== keepId)
    .modify({ current: false, updatedAt: now });
}

export async function addAuthorization(db: SparkScoutDb, auth: Authorization): Promise<Authorization> {
  const valid = validInput(authorizationSchema, auth, 'authorization');
  return db.transaction('rw', db.authorizations, async () => {
    await db.authorizations.add(valid);
    if (valid.current) await demoteOthers(db, valid.videoId, valid.id, db.now());
    return valid;
  });
}

/** Applies a patch and stamps updatedAt; undefined when there is no such record; throws on an invalid result. */
export async function updateAuthorization(
  db: SparkScoutDb,
  id: string,
  patch: AuthorizationPatch,
): Promise<Authorization | undefined> {
  return db.transaction('rw', db.authorizations, async () => {
    const raw = await db.authorizations.get(id);
    if (raw === undefined) return undefined;
    const now = db.now();
    // A stored record that no longer parses can be repaired by a patch that supplies the broken fields.
    const next = validInput(
      authorizationSchema,
      { ...raw, ...patch, id, videoId: raw.videoId, updatedAt: now },
      'authorization',
    );
    await db.authorizations.put(next);
    if (next.current) await demoteOthers(db, next.videoId, next.id, now);
    return next;
  });
}

export async function deleteAuthorization(db: SparkScoutDb, id: string): Promise<void> {
  await db.authorizations.delete(id);
}

export async function getAuthorization(db: SparkScoutDb, id: string) {
  const raw = await db.authorizations.get(id);
  return raw === undefined ? undefined : check(authorizationSchema, raw, id);
}

/** All records (or one status, through the index), soonest expiry first; records without expiry last. */
export async function listAuthorizations(
  db: SparkScoutDb,
  query: { status?: readonly AuthStatus[] } = {},
): Promise<AuthorizationList> {
  const raws = query.status?.length
    ? await db.authorizations
        .where('status')
        .anyOf([...query.status])
        .toArray()
    : await db.authorizations.toArray();
  const list = checked(raws);
  list.rows.sort(byExpiry);
  return list;
}

/** One video's current code and its history (renewals and lapsed codes), newest first. */
export async function authorizationsForVideo(
  db: SparkScoutDb,
  videoId: string,
): Promise<{ current: Authorization | null; history: Authorization[]; bad: BadRecord[] }> {
  const { rows, bad } = checked(await db.authorizations.where('videoId').equals(videoId).toArray());
  rows.sort((a, b) => b.createdAt - a.createdAt);
  return { current: rows.find((a) => a.current) ?? null, history: rows.filter((a) => !a.current), bad };
}

/** Records holding this exact code: more than one video means the same code was pasted twice. */
export async function findByCode(db: SparkScoutDb, code: string): Promise<AuthorizationList> {
  return checked(await db.authorizations.where('code').equals(code).toArray());
}

/** Records whose expiry falls in [from, to] (the badge count, the reminders rebuild), soonest first. */
export async function expiringBetween(db: SparkScoutDb, from: number, to: number): Promise<AuthorizationList> {
  return checked(await db.authorizations.where('expiresAt').between(from, to, true, true).toArray());
}
