import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  EXPIRING_WITHIN_DAYS,
  campaignEndInstant,
  computeExpiry,
  daysLeft,
  expiryFor,
  grantInstantFromDate,
  hasLapsed,
  isExpiringAt,
  statusAt,
} from '@/lib/ledger/expiry';
import { localDateOf, localDayNumber, wallTimeAt } from '@/lib/ledger/zoned-time';
import { AUTH_STATUSES } from '@/lib/schemas/authorization';
import { auth } from './fixtures';

const NY = 'America/New_York';
const LONDON = 'Europe/London';
const LORD_HOWE = 'Australia/Lord_Howe';
const HOUR = 3_600_000;
const iso = (t: number) => new Date(t).toISOString();

/** DST changes in 2024, as UTC instants (New York, London, Lord Howe; spring and autumn). */
const TRANSITIONS: [string, number][] = [
  [NY, Date.UTC(2024, 2, 10, 7)],
  [NY, Date.UTC(2024, 10, 3, 6)],
  [LONDON, Date.UTC(2024, 2, 31, 1)],
  [LONDON, Date.UTC(2024, 9, 27, 1)],
  [LORD_HOWE, Date.UTC(2024, 3, 6, 15)],
  [LORD_HOWE, Date.UTC(2024, 9, 5, 15, 30)],
];

describe('computeExpiry', () => {
  it('adds calendar days across month ends and leap days', () => {
    const jan31 = Date.UTC(2024, 0, 31, 12); // noon in London
    expect(localDateOf(computeExpiry(jan31, 30, LONDON), LONDON)).toBe('2024-03-01');
    expect(localDateOf(computeExpiry(Date.UTC(2023, 0, 31, 12), 30, LONDON), LONDON)).toBe('2023-03-02');
    expect(localDateOf(computeExpiry(Date.UTC(2024, 1, 29, 12), 365, LONDON), LONDON)).toBe('2025-02-28');
    expect(localDateOf(computeExpiry(Date.UTC(2023, 2, 1, 12), 365, LONDON), LONDON)).toBe('2024-02-29');
  });

  it('keeps the grant wall time when a 7-day code spans the New York spring-forward', () => {
    const granted = Date.UTC(2024, 2, 5, 15); // Tue 10:00 EST
    const e = computeExpiry(granted, 7, NY);
    expect(iso(e)).toBe('2024-03-12T14:00:00.000Z'); // Tue 10:00 EDT
    expect(e - granted).toBe(7 * 24 * HOUR - HOUR);
  });

  it('keeps the grant wall time when a code spans the London clocks going back', () => {
    const granted = Date.UTC(2024, 9, 20, 8); // Sun 09:00 BST
    expect(iso(computeExpiry(granted, 7, LONDON))).toBe('2024-10-27T09:00:00.000Z'); // Sun 09:00 GMT
  });

  it('keeps the grant wall time across the half-hour Lord Howe change', () => {
    const granted = Date.UTC(2024, 9, 4, 22, 30); // Sat 09:00 +10:30
    const e = computeExpiry(granted, 1, LORD_HOWE);
    expect(wallTimeAt(e, LORD_HOWE)).toMatchObject({ day: 6, hour: 9, minute: 0 });
    expect(e - granted).toBe(23.5 * HOUR);
  });

  it('gives the same local wall time N days on, or clamps forward past a DST gap, around every transition', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...TRANSITIONS),
        fc.integer({ min: -4 * 24 * 60, max: 60 }),
        fc.constantFrom(1, 2, 3, 7),
        ([zone, transition], minutesBefore, days) => {
          const granted = transition + minutesBefore * 60_000 - days * 24 * HOUR;
          const e = computeExpiry(granted, days, zone);
          expect(localDayNumber(e, zone) - localDayNumber(granted, zone)).toBe(days);
          const a = wallTimeAt(granted, zone);
          const b = wallTimeAt(e, zone);
          const shift = b.hour * 60 + b.minute - (a.hour * 60 + a.minute);
          // Equal, or later by at most the gap (60 min; 30 at Lord Howe) because the wall time was skipped.
          expect(shift === 0 || (shift > 0 && shift <= (zone === LORD_HOWE ? 30 : 60))).toBe(true);
          if (shift !== 0) expect(Math.abs(e - transition)).toBeLessThanOrEqual(HOUR);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('is null until both the grant time and the duration are known', () => {
    expect(expiryFor({ grantedAt: null, grantedDays: 30 })).toBeNull();
    expect(expiryFor({ grantedAt: Date.UTC(2024, 0, 1), grantedDays: null })).toBeNull();
    expect(expiryFor({ grantedAt: Date.UTC(2024, 0, 1, 12), grantedDays: 7 }, 'UTC')).toBe(Date.UTC(2024, 0, 8, 12));
  });
});

describe('grantInstantFromDate', () => {
  const now = Date.UTC(2024, 2, 8, 15, 27); // 10:27 in New York
  it('uses the current moment when the code was granted today', () => {
    expect(grantInstantFromDate('2024-03-08', now, NY)).toBe(now);
  });
  it('assumes the start of an earlier day so reminders come early rather than late', () => {
    expect(iso(grantInstantFromDate('2024-03-01', now, NY)!)).toBe('2024-03-01T05:00:00.000Z');
  });
  it('returns null for a date that does not exist', () => {
    expect(grantInstantFromDate('2024-02-30', now, NY)).toBeNull();
  });
});

describe('daysLeft', () => {
  // Expires Fri 2024-03-08 10:00 in New York.
  const a = auth({ expiresAt: Date.UTC(2024, 2, 8, 15) });

  it('is 1 late the evening before: the code expires tomorrow on the calendar', () => {
    expect(daysLeft(a, Date.UTC(2024, 2, 8, 4), NY)).toBe(1); // Thu 23:00
  });

  it('is 0 from just after midnight on the expiry day, before and after the expiry hour', () => {
    expect(daysLeft(a, Date.UTC(2024, 2, 8, 5, 1), NY)).toBe(0); // 00:01
    expect(daysLeft(a, Date.UTC(2024, 2, 8, 16), NY)).toBe(0); // 11:00, already lapsed
  });

  it('is negative after the expiry day: -3 three calendar days later', () => {
    expect(daysLeft(a, Date.UTC(2024, 2, 11, 13), NY)).toBe(-3); // Mon 09:00
  });

  it("depends on the reader's zone for the same instant", () => {
    const b = auth({ expiresAt: Date.UTC(2024, 2, 8, 15) });
    const now = Date.UTC(2024, 2, 8, 3); // 22:00 Thu in New York, 03:00 Fri in London
    expect(daysLeft(b, now, NY)).toBe(1);
    expect(daysLeft(b, now, LONDON)).toBe(0);
  });

  it('is null without an expiry', () => {
    expect(daysLeft(auth({ expiresAt: null }), Date.now(), NY)).toBeNull();
  });

  it('equals the granted days at the moment of grant', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 0, 1) }),
        fc.oneof(fc.constantFrom(7, 30, 60, 365), fc.integer({ min: 1, max: 3650 })),
        fc.constantFrom(NY, LONDON, LORD_HOWE),
        (grantedAt, days, zone) => {
          expect(daysLeft({ expiresAt: computeExpiry(grantedAt, days, zone) }, grantedAt, zone)).toBe(days);
        },
      ),
    );
  });

  it('never goes up as time passes', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 0, 1) }),
        fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 0, 1) }),
        fc.integer({ min: 0, max: 3 * 24 * 60 }),
        fc.constantFrom(NY, LONDON, LORD_HOWE, 'Asia/Tokyo', 'America/Sao_Paulo'),
        (expiresAt, now, stepMinutes, zone) => {
          const later = now + stepMinutes * 60_000;
          expect(daysLeft({ expiresAt }, later, zone)!).toBeLessThanOrEqual(daysLeft({ expiresAt }, now, zone)!);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('never goes up across the hours around a DST change', () => {
    for (const [zone, transition] of TRANSITIONS) {
      const expiresAt = transition + 2 * 24 * HOUR;
      let previous = Infinity;
      for (let t = transition - 6 * HOUR; t <= transition + 6 * HOUR; t += 5 * 60_000) {
        const left = daysLeft({ expiresAt }, t, zone)!;
        expect(left).toBeLessThanOrEqual(previous);
        previous = left;
      }
    }
  });
});

describe('statusAt', () => {
  const expiresAt = Date.UTC(2024, 2, 20, 14); // Wed 10:00 EDT
  const a = auth({ status: 'in-use', expiresAt });

  it('keeps the stored status while more than 7 calendar days remain', () => {
    expect(statusAt(a, Date.UTC(2024, 2, 12, 14), NY)).toBe('in-use'); // 8 days left
  });

  it('turns a received code expiring when 7 calendar days remain, from the start of that day', () => {
    const r = { ...a, status: 'received' as const };
    expect(EXPIRING_WITHIN_DAYS).toBe(7);
    expect(statusAt(r, Date.UTC(2024, 2, 13, 3, 59), NY)).toBe('received'); // Tue 23:59
    expect(statusAt(r, Date.UTC(2024, 2, 13, 4, 0), NY)).toBe('expiring'); // Wed 00:00
  });

  it('keeps an in-use code in use through its last week: the ad still runs on it', () => {
    expect(statusAt(a, Date.UTC(2024, 2, 13, 4, 0), NY)).toBe('in-use');
    expect(statusAt(a, expiresAt - 1, NY)).toBe('in-use');
  });

  it('turns expired at the expiry instant, not at midnight', () => {
    expect(statusAt({ ...a, status: 'received' }, expiresAt - 1, NY)).toBe('expiring');
    expect(statusAt(a, expiresAt, NY)).toBe('expired');
    expect(hasLapsed(a, expiresAt)).toBe(true);
  });

  it('keeps revoked, requested and a stored expired whatever the clock says', () => {
    const early = Date.UTC(2024, 2, 1);
    expect(statusAt({ ...a, status: 'revoked' }, early, NY)).toBe('revoked');
    expect(statusAt({ ...a, status: 'revoked' }, expiresAt + 1, NY)).toBe('revoked');
    expect(statusAt({ ...a, status: 'requested', expiresAt: null }, early, NY)).toBe('requested');
    expect(statusAt({ ...a, status: 'expired' }, early, NY)).toBe('expired');
  });

  it('treats a stored expiring status far from expiry as received', () => {
    expect(statusAt({ ...a, status: 'expiring' }, Date.UTC(2024, 2, 1), NY)).toBe('received');
  });

  it('moves only forward through received → expiring → expired as time passes', () => {
    const order = ['received', 'expiring', 'expired'];
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2026, 0, 1) }),
        fc.integer({ min: 0, max: 30 * 24 * 60 }),
        fc.constantFrom(NY, LONDON, LORD_HOWE),
        (now, stepMinutes, zone) => {
          const r = { status: 'received' as const, expiresAt: Date.UTC(2025, 0, 1, 9) };
          const s1 = statusAt(r, now, zone);
          const s2 = statusAt(r, now + stepMinutes * 60_000, zone);
          expect(AUTH_STATUSES).toContain(s1);
          expect(order.indexOf(s2)).toBeGreaterThanOrEqual(order.indexOf(s1));
        },
      ),
    );
  });
});

describe('isExpiringAt', () => {
  const expiresAt = Date.UTC(2024, 2, 20, 14); // Wed 10:00 EDT
  const inWeek = Date.UTC(2024, 2, 13, 4, 0); // Wed 00:00, 7 days left

  it('is true in the last 7 calendar days of a received or in-use code, until the expiry', () => {
    for (const status of ['received', 'in-use', 'expiring'] as const) {
      const c = auth({ status, expiresAt });
      expect(isExpiringAt(c, inWeek - 1, NY)).toBe(false);
      expect(isExpiringAt(c, inWeek, NY)).toBe(true);
      expect(isExpiringAt(c, expiresAt - 1, NY)).toBe(true);
      expect(isExpiringAt(c, expiresAt, NY)).toBe(false);
    }
  });

  it('is false for requested, revoked and expired codes, and without an expiry', () => {
    for (const status of ['requested', 'revoked', 'expired'] as const) {
      expect(isExpiringAt(auth({ status, expiresAt }), inWeek, NY)).toBe(false);
    }
    expect(isExpiringAt(auth({ expiresAt: null }), inWeek, NY)).toBe(false);
  });
});

describe('campaignEndInstant', () => {
  it('is the start of the day after the end date: the campaign runs through its last day', () => {
    expect(iso(campaignEndInstant('2024-03-31', LONDON)!)).toBe('2024-03-31T23:00:00.000Z'); // 00:00 BST Apr 1
    expect(iso(campaignEndInstant('2024-02-29', NY)!)).toBe('2024-03-01T05:00:00.000Z');
    expect(campaignEndInstant('2024-13-01', NY)).toBeNull();
  });
});
