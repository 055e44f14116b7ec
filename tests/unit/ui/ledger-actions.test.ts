import { afterEach, describe, expect, it } from 'vitest';
import { addAuthorization, type SparkScoutDb } from '@/lib/db';
import { reminderSchedule } from '@/lib/ledger/reminders';
import { ledgerActions } from '@/lib/ui/ledger-actions';
import { draftFrom } from '@/lib/ui/ledger-draft';
import { freshDb } from '../db/helpers';
import { auth, importedAuth } from '../ledger/fixtures';

const NY = 'America/New_York';
const LEADS = [14, 7, 1];

let db: SparkScoutDb | undefined;
afterEach(() => db?.close());

/** Ledger actions on a database of their own, at a clock the test moves. */
function setup(start: number) {
  const clock = { t: start };
  db = freshDb({ now: () => clock.t });
  return { db, clock, actions: ledgerActions(db, { now: () => clock.t, timeZone: NY, notify: async () => ({}) }) };
}

describe('ledger edits and the reminders already sent', () => {
  // Expires Wed 2024-03-20 16:30 EDT; saved Feb 1, before every lead window.
  const expiresAt = Date.UTC(2024, 2, 20, 20, 30);
  const saved = Date.UTC(2024, 1, 1);
  // Sun Mar 10 noon EDT: the 14-day reminder (Wed Mar 6 09:00) has fired.
  const later = Date.UTC(2024, 2, 10, 16);

  it('marking a code in use does not re-send the 14-day reminder', async () => {
    const { db, clock, actions } = setup(saved);
    await addAuthorization(db, auth({ expiresAt, status: 'received', createdAt: saved, updatedAt: saved }));
    clock.t = later;
    const marked = await actions.setStatus('auth-1', 'in-use');
    expect(marked.updatedAt).toBe(later);
    expect(reminderSchedule([marked], LEADS, later + 1000, NY).map((r) => r.leadDays)).toEqual([7, 1]);
  });

  it('editing the ad account does not re-send it either', async () => {
    const { db, clock, actions } = setup(saved);
    const first = await addAuthorization(db, auth({ expiresAt, createdAt: saved, updatedAt: saved }));
    clock.t = later;
    const edited = await actions.edit(first.id, {
      ...draftFrom(first, { now: later, timeZone: NY }),
      adAccount: 'Brand',
    });
    expect(edited.expiresAt).toBe(expiresAt);
    expect(reminderSchedule([edited], LEADS, later + 1000, NY).map((r) => r.leadDays)).toEqual([7, 1]);
  });

  it('moving the expiry into a passed window reminds once, a minute after the save', async () => {
    const { db, clock, actions } = setup(saved);
    const first = await addAuthorization(db, auth({ expiresAt, createdAt: saved, updatedAt: saved }));
    clock.t = later;
    // Granted 14 days on Mar 2: expires Sat Mar 16, inside the 7-day window since Sat Mar 9 09:00 (opened after the
    // grant day; the 14-day window opened on it, so it is no reminder).
    const draft = { ...draftFrom(first, { now: later, timeZone: NY }), grantedDate: '2024-03-02', grantedDays: 14 };
    const edited = await actions.edit(first.id, draft);
    expect(edited.expirySavedAt).toBe(later);
    const rs = reminderSchedule([edited], LEADS, later + 1000, NY);
    expect(rs.map((r) => [r.leadDays, r.when])).toEqual([
      [7, later + 60_000],
      [1, Date.UTC(2024, 2, 15, 13)],
    ]);
  });

  it('a renewal request filled weeks later catches up from when its code arrived', async () => {
    const { clock, actions } = setup(saved);
    const first = await actions.add('7606836476323597588', {
      ...draftFrom(null, { now: saved, timeZone: NY }),
      code: '#Xy7Qm2LpV9aRt4KfB8nZc1WdE6hJ0sGuYo3TiPq5MvNlA+bC/eHk9rSx2Uw=',
      grantedDays: 30,
    });
    await actions.requestRenewal(first.videoId, 7);
    clock.t = later;
    // The code arrives Mar 10, granted Mar 2 for 14 days: its 7-day window opened (Mar 9) before it was saved.
    const renewed = await actions.renew(first.videoId, {
      ...draftFrom(null, { now: later, timeZone: NY }),
      code: '#Qa1Ws2Ed3Rf4Tg5Yh6Uj7Ik8Ol9Pz0Xc+Vb/Nm1Lk2Jh3Gf4Ds5Aq6We7Rt=',
      grantedDate: '2024-03-02',
      grantedDays: 14,
    });
    expect(renewed.createdAt).toBe(saved);
    expect(reminderSchedule([renewed], LEADS, later + 1000, NY)[0]).toMatchObject({
      leadDays: 7,
      when: later + 60_000,
    });
  });
});

describe('editing a CSV-imported code', () => {
  it('keeps its expiry when an unrelated field is saved', async () => {
    // Fri 2024-03-01 12:00 EST; imported 27 days ago, expiring in 3 days; the file had no grant time.
    const now = Date.UTC(2024, 2, 1, 17);
    const { db, actions } = setup(now);
    const imported = importedAuth(now);
    await addAuthorization(db, imported);
    const draft = { ...draftFrom(imported, { now, timeZone: NY }), adAccount: 'Brand ads' };
    const saved = await actions.edit(imported.id, draft);
    expect(saved).toMatchObject({ expiresAt: imported.expiresAt, adAccount: 'Brand ads' });
  });
});
