import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DEFAULT_LEAD_DAYS,
  expiringCount,
  parseReminderAlarmName,
  reminderAlarmName,
  reminderSchedule,
} from '@/lib/ledger/reminders';
import { daysLeft } from '@/lib/ledger/expiry';
import { wallTimeAt } from '@/lib/ledger/zoned-time';
import { auth } from './fixtures';

const NY = 'America/New_York';
const iso = (t: number) => new Date(t).toISOString();
// Expires Wed 2024-03-20 16:30 EDT; granted well before.
const expiresAt = Date.UTC(2024, 2, 20, 20, 30);
const now = Date.UTC(2024, 1, 20);

describe('reminderSchedule', () => {
  it('schedules 14, 7 and 1 days before expiry at 09:00 local, in time order', () => {
    const rs = reminderSchedule([auth({ id: 'a', expiresAt })], DEFAULT_LEAD_DAYS, now, NY);
    expect(rs.map((r) => [r.leadDays, iso(r.when)])).toEqual([
      [14, '2024-03-06T14:00:00.000Z'], // 09:00 EST, before the clocks change
      [7, '2024-03-13T13:00:00.000Z'], // 09:00 EDT
      [1, '2024-03-19T13:00:00.000Z'],
    ]);
    expect(rs[0]!.name).toBe(reminderAlarmName('a', 14));
  });

  it('makes "expires in N days" true at the moment each reminder fires', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2030, 0, 1) }),
        fc.uniqueArray(fc.integer({ min: 1, max: 60 }), { minLength: 1, maxLength: 5 }),
        fc.constantFrom(NY, 'Europe/London', 'Australia/Lord_Howe'),
        (exp, leads, zone) => {
          // Granted when the schedule is made, before every window opens (the fixture's grant date is in 2024).
          const t0 = Date.UTC(2023, 0, 1);
          const rs = reminderSchedule([auth({ expiresAt: exp, grantedAt: t0, createdAt: t0 })], leads, t0, zone);
          expect(rs).toHaveLength(leads.length);
          for (const r of rs) {
            expect(daysLeft({ expiresAt: exp }, r.when, zone)).toBe(r.leadDays);
            expect(wallTimeAt(r.when, zone).hour).toBe(9);
            expect(r.when).toBeLessThan(exp);
          }
        },
      ),
    );
  });

  it('drops reminders whose time has passed', () => {
    const rs = reminderSchedule([auth({ expiresAt })], DEFAULT_LEAD_DAYS, Date.UTC(2024, 2, 15), NY);
    expect(rs.map((r) => r.leadDays)).toEqual([1]);
  });

  it('reminds once, a minute after the save, when a code is added already inside its last lead window', () => {
    // Added Tue 2024-03-19 15:00 EDT, expiring Wed 16:30: the 1-day reminder (Tue 09:00) was already past.
    const savedAt = Date.UTC(2024, 2, 19, 19);
    const added = auth({ expiresAt, expirySavedAt: savedAt, createdAt: savedAt, updatedAt: savedAt });
    const rs = reminderSchedule([added], DEFAULT_LEAD_DAYS, savedAt + 1000, NY);
    expect(rs.map((r) => [r.leadDays, iso(r.when)])).toEqual([[1, '2024-03-19T19:01:00.000Z']]);
    // Once that minute has passed (the alarm fired), a later re-sync does not remind again.
    expect(reminderSchedule([added], DEFAULT_LEAD_DAYS, savedAt + 120_000, NY)).toEqual([]);
  });

  it('catches up from when the expiry was saved, e.g. a renewal request whose code arrived inside a window', () => {
    // Requested on Feb 1 (createdAt); the code, expiring Wed 16:30, arrived Tue 15:00 EDT, after the 1-day window.
    const savedAt = Date.UTC(2024, 2, 19, 19);
    const filled = auth({ expiresAt, createdAt: Date.UTC(2024, 1, 1), expirySavedAt: savedAt, updatedAt: savedAt });
    const rs = reminderSchedule([filled], DEFAULT_LEAD_DAYS, savedAt + 1000, NY);
    expect(rs.map((r) => [r.leadDays, iso(r.when)])).toEqual([[1, '2024-03-19T19:01:00.000Z']]);
  });

  it('does not catch up a window that passed after the code was saved', () => {
    const savedAt = Date.UTC(2024, 1, 1);
    const rs = reminderSchedule(
      [auth({ expiresAt, createdAt: savedAt, updatedAt: savedAt })],
      DEFAULT_LEAD_DAYS,
      Date.UTC(2024, 2, 15),
      NY,
    );
    expect(rs.map((r) => r.leadDays)).toEqual([1]);
  });

  it('does not re-send a reminder that already fired when the code is edited later (e.g. marked in use)', () => {
    // Saved Feb 1; the 14-day reminder fired Wed Mar 6 09:00 EST; on Sun Mar 10 noon EDT it is marked in use, which
    // stamps updatedAt but leaves the expiry as saved. Still to come: the 7- and 1-day reminders, nothing caught up.
    const saved = Date.UTC(2024, 1, 1);
    const editAt = Date.UTC(2024, 2, 10, 16);
    const edited = auth({ expiresAt, createdAt: saved, updatedAt: editAt, status: 'in-use' });
    expect(reminderSchedule([edited], DEFAULT_LEAD_DAYS, editAt + 1000, NY).map((r) => r.leadDays)).toEqual([7, 1]);
    // The same with the expiry's own save time recorded: an edit that kept the expiry kept that time too.
    const stamped = { ...edited, expirySavedAt: saved };
    expect(reminderSchedule([stamped], DEFAULT_LEAD_DAYS, editAt + 1000, NY).map((r) => r.leadDays)).toEqual([7, 1]);
  });

  describe('for a code granted inside a lead window', () => {
    // A 7-day code granted and saved Tue 2024-03-12 08:00 EDT; it ends Tue 2024-03-19 08:00.
    const grantedAt = Date.UTC(2024, 2, 12, 12);
    const week = auth({
      id: 'week',
      grantedDays: 7,
      grantedAt,
      expiresAt: Date.UTC(2024, 2, 19, 12),
      createdAt: grantedAt,
      expirySavedAt: grantedAt,
    });

    it('reminds only of the windows that open after the grant day: a 7-day code gets the 1-day reminder', () => {
      const rs = reminderSchedule([week], DEFAULT_LEAD_DAYS, grantedAt + 1000, NY);
      expect(rs.map((r) => [r.leadDays, iso(r.when)])).toEqual([[1, '2024-03-18T13:00:00.000Z']]);
      // Saved after 09:00 the same day: still no catch-up for the 7- or 14-day window.
      const late = { ...week, expirySavedAt: grantedAt + 3 * 3_600_000 };
      expect(reminderSchedule([late], DEFAULT_LEAD_DAYS, grantedAt + 3 * 3_600_000 + 1000, NY)).toHaveLength(1);
    });

    it('judges the grant day of a CSV import, which has no grantedAt, from its expiry and days', () => {
      const imported = { ...week, grantedAt: null };
      expect(reminderSchedule([imported], DEFAULT_LEAD_DAYS, grantedAt + 1000, NY).map((r) => r.leadDays)).toEqual([1]);
    });
  });

  describe('for a 30-day code entered late', () => {
    // Granted Mon 2024-02-19 16:30 EST, expiring Wed Mar 20 16:30 EDT; its 14-day window opened Wed Mar 6.
    const enteredAt = (savedAt: number) =>
      reminderSchedule(
        [auth({ grantedAt: Date.UTC(2024, 1, 19, 21), expiresAt, createdAt: savedAt, expirySavedAt: savedAt })],
        DEFAULT_LEAD_DAYS,
        savedAt + 1000,
        NY,
      ).map((r) => [r.leadDays, iso(r.when)]);

    it('catches up the window that opened after the grant but before the save, labelled with that window', () => {
      // Entered Sun Mar 10 15:00 EDT.
      expect(enteredAt(Date.UTC(2024, 2, 10, 19))).toEqual([
        [14, '2024-03-10T19:01:00.000Z'],
        [7, '2024-03-13T13:00:00.000Z'],
        [1, '2024-03-19T13:00:00.000Z'],
      ]);
    });

    it('skips the catch-up when another reminder of the code comes the same day', () => {
      // Entered Wed Mar 13 08:00 EDT: the 14-day window was missed, but the 7-day reminder comes at 09:00 today.
      expect(enteredAt(Date.UTC(2024, 2, 13, 12))).toEqual([
        [7, '2024-03-13T13:00:00.000Z'],
        [1, '2024-03-19T13:00:00.000Z'],
      ]);
    });
  });

  it('moves a same-day reminder to an hour before a code that ends before 09:00', () => {
    const early = Date.UTC(2024, 2, 20, 11); // 07:00 EDT
    const [r] = reminderSchedule([auth({ expiresAt: early })], [0], now, NY);
    expect(iso(r!.when)).toBe('2024-03-20T10:00:00.000Z');
  });

  it('skips revoked, requested, replaced and expired codes', () => {
    const rs = reminderSchedule(
      [
        auth({ id: 'revoked', expiresAt, status: 'revoked' }),
        auth({ id: 'requested', code: null, expiresAt: null, status: 'requested' }),
        auth({ id: 'old', expiresAt, supersededBy: 'new', current: false }),
        // Filed as history without a pointer (lost `current` to another code of its video): replaced too.
        auth({ id: 'demoted', expiresAt, current: false }),
        auth({ id: 'gone', expiresAt: now - 1 }),
      ],
      DEFAULT_LEAD_DAYS,
      now,
      NY,
    );
    expect(rs).toEqual([]);
  });

  it('ignores lead times that are not whole days in range, and repeats', () => {
    const rs = reminderSchedule([auth({ expiresAt })], [7, 7, -1, 2.5, 400], now, NY);
    expect(rs.map((r) => r.leadDays)).toEqual([7]);
  });

  it('gives the same schedule when computed twice', () => {
    const auths = [auth({ id: 'a', expiresAt }), auth({ id: 'b', expiresAt: expiresAt + 86_400_000 })];
    expect(reminderSchedule(auths, DEFAULT_LEAD_DAYS, now, NY)).toEqual(
      reminderSchedule(auths, DEFAULT_LEAD_DAYS, now, NY),
    );
  });
});

describe('reminder alarm names', () => {
  it('round-trip the authorization id and lead time', () => {
    expect(parseReminderAlarmName(reminderAlarmName('3f2a-uuid:with-colon', 14))).toEqual({
      authorizationId: '3f2a-uuid:with-colon',
      leadDays: 14,
    });
    expect(parseReminderAlarmName('some-other-alarm')).toBeNull();
  });
});

describe('expiringCount', () => {
  it('counts current codes ending within 7 calendar days, not expired, revoked or replaced ones', () => {
    const t = Date.UTC(2024, 2, 15);
    const auths = [
      auth({ id: 'soon', expiresAt }),
      auth({ id: 'later', expiresAt: expiresAt + 30 * 86_400_000 }),
      auth({ id: 'gone', expiresAt: t - 1 }),
      auth({ id: 'revoked', expiresAt, status: 'revoked' }),
      auth({ id: 'old', expiresAt, supersededBy: 'soon', current: false }),
      auth({ id: 'demoted', expiresAt, current: false }),
    ];
    expect(expiringCount(auths, t, NY)).toBe(1);
  });

  it('counts received and in-use codes alike', () => {
    const t = Date.UTC(2024, 2, 15);
    const auths = [
      auth({ id: 'running', videoId: '1', expiresAt, status: 'in-use' }),
      auth({ id: 'waiting', videoId: '2', expiresAt, status: 'received' }),
    ];
    expect(expiringCount(auths, t, NY)).toBe(2);
  });
});
