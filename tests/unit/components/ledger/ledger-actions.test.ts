import { describe, expect, it, vi } from 'vitest';
import { listAuthorizations, type SparkScoutDb } from '@/lib/db';
import { localDateOf, startOfLocalDate } from '@/lib/ledger/zoned-time';
import { ledgerActions } from '@/lib/ui/ledger-actions';
import { draftFrom, type AuthorizationDraft } from '@/lib/ui/ledger-draft';
import { freshDb } from '../../db/helpers';
import { CODE_A, CODE_B, DAY, NOW, TZ, VIDEO_A } from './helpers';

function setup(notify: () => Promise<unknown> = vi.fn(async () => ({ resynced: true }))) {
  const clock = { t: NOW };
  const db = freshDb({ now: () => clock.t });
  let ids = 0;
  vi.spyOn(crypto, 'randomUUID').mockImplementation(() => `00000000-0000-4000-8000-${String(++ids).padStart(12, '0')}`);
  return { db, notify, clock, actions: ledgerActions(db, { now: () => clock.t, timeZone: TZ, notify }) };
}

const draft = (patch: Partial<AuthorizationDraft> = {}): AuthorizationDraft => ({
  ...draftFrom(null, { now: NOW, timeZone: TZ }),
  code: CODE_A,
  ...patch,
});

const all = async (db: SparkScoutDb) =>
  (await listAuthorizations(db)).rows.sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));

describe('ledger actions on the database', () => {
  it('adds a code granted today with its expiry computed, then asks the background to re-sync', async () => {
    const { db, actions, notify } = setup();
    const saved = await actions.add(VIDEO_A, draft({ code: `  "${CODE_A}" `, grantedDays: 7 }));
    expect(saved).toMatchObject({
      code: CODE_A,
      grantedAt: NOW,
      expiresAt: NOW + 7 * DAY,
      status: 'received',
      current: true,
    });
    expect(await all(db)).toEqual([saved]);
    expect(notify).toHaveBeenCalledTimes(1);
  });

  it('takes an earlier granted-on date as the start of that local day, so reminders come early', async () => {
    const { actions } = setup();
    const saved = await actions.add(VIDEO_A, draft({ grantedDate: '2026-11-01', grantedDays: 30 }));
    expect(saved.grantedAt).toBe(startOfLocalDate('2026-11-01', TZ));
    // Nov 1 2026 is the day New York falls back: 30 calendar days later is still midnight, local.
    expect(localDateOf(saved.expiresAt!, TZ)).toBe('2026-12-01');
    expect(saved.expiresAt).toBe(startOfLocalDate('2026-12-01', TZ));
  });

  it('renews: the new code becomes current and the old one points at it', async () => {
    const { db, actions } = setup();
    const first = await actions.add(VIDEO_A, draft());
    const second = await actions.renew(VIDEO_A, draft({ code: CODE_B, grantedDays: 60 }));
    const [old, fresh] = await all(db);
    expect(fresh).toMatchObject({
      id: second.id,
      code: CODE_B,
      current: true,
      supersededBy: null,
      expiresAt: NOW + 60 * DAY,
    });
    expect(old).toMatchObject({
      id: first.id,
      code: CODE_A,
      current: false,
      supersededBy: second.id,
      status: 'received',
    });
  });

  it('fills the pending renewal request when the new code arrives instead of adding another record', async () => {
    const { db, actions } = setup();
    const first = await actions.add(VIDEO_A, draft());
    const request = await actions.requestRenewal(VIDEO_A, 60);
    expect(request).toMatchObject({ code: null, status: 'requested', requestedDays: 60, current: false });
    // Asking again changes the same request.
    expect((await actions.requestRenewal(VIDEO_A, 365)).id).toBe(request.id);
    const renewed = await actions.renew(VIDEO_A, draft({ code: CODE_B, requestedDays: 365, grantedDays: 365 }));
    expect(renewed.id).toBe(request.id);
    const records = await all(db);
    expect(records).toHaveLength(2);
    expect(records.find((a) => a.id === first.id)).toMatchObject({ current: false, supersededBy: request.id });
    expect(records.find((a) => a.id === request.id)).toMatchObject({ code: CODE_B, status: 'received', current: true });
  });

  it('keeps the exact grant instant on edit while the date is unchanged', async () => {
    const { actions, clock } = setup();
    const first = await actions.add(VIDEO_A, draft({ grantedDays: 30 }));
    // Edited three hours later: the grant stays at its own instant, not the start of the day or the edit time.
    clock.t = NOW + 3 * 3_600_000;
    const edited = await actions.edit(first.id, {
      ...draftFrom(first, { now: clock.t, timeZone: TZ }),
      grantedDays: 60,
    });
    expect(edited.grantedAt).toBe(NOW);
    expect(edited.expiresAt).toBe(NOW + 60 * DAY);
    expect(edited.updatedAt).toBe(clock.t);
  });

  it('turns a first request into a received code when the code is added', async () => {
    const { actions } = setup();
    const request = await actions.add(VIDEO_A, draft({ code: '', status: 'requested' }));
    expect(request).toMatchObject({ code: null, grantedAt: null, expiresAt: null, status: 'requested', current: true });
    const edited = await actions.edit(request.id, { ...draftFrom(request, { now: NOW, timeZone: TZ }), code: CODE_A });
    expect(edited).toMatchObject({ code: CODE_A, status: 'received', grantedAt: NOW, expiresAt: NOW + 30 * DAY });
  });

  it('saves even when the background cannot be reached (it re-syncs on its own timer)', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { db, actions } = setup(() => Promise.reject(new Error('Could not establish connection')));
    await actions.setStatus((await actions.add(VIDEO_A, draft())).id, 'in-use');
    expect((await all(db))[0]!.status).toBe('in-use');
    expect(warn).toHaveBeenCalled();
  });

  it('refuses to renew a video that has no code yet', async () => {
    const { actions } = setup();
    await expect(actions.requestRenewal(VIDEO_A, 30)).rejects.toThrow('This video has no code to renew yet.');
  });
});
