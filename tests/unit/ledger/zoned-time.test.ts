import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addLocalDays,
  localDateOf,
  localDayNumber,
  offsetAt,
  parseLocalDate,
  shiftLocalDate,
  startOfLocalDate,
  wallTimeAt,
  wallTimeToEpoch,
} from '@/lib/ledger/zoned-time';

const NY = 'America/New_York';
const LONDON = 'Europe/London';
const LORD_HOWE = 'Australia/Lord_Howe';
const HOUR = 3_600_000;
const iso = (t: number) => new Date(t).toISOString();
const wall = (year: number, month: number, day: number, hour = 0, minute = 0) => ({
  year,
  month,
  day,
  hour,
  minute,
  second: 0,
  millisecond: 0,
});

describe('wallTimeToEpoch', () => {
  it('maps a New York wall time to the instant with the right offset on each side of DST', () => {
    expect(iso(wallTimeToEpoch(wall(2024, 3, 9, 10), NY))).toBe('2024-03-09T15:00:00.000Z');
    expect(iso(wallTimeToEpoch(wall(2024, 3, 10, 10), NY))).toBe('2024-03-10T14:00:00.000Z');
  });

  it('moves a wall time skipped by spring-forward later by the length of the gap', () => {
    // 2024-03-10 02:30 does not exist in New York: clocks jump 02:00 → 03:00.
    const t = wallTimeToEpoch(wall(2024, 3, 10, 2, 30), NY);
    expect(iso(t)).toBe('2024-03-10T07:30:00.000Z');
    expect(wallTimeAt(t, NY)).toMatchObject({ hour: 3, minute: 30 });
  });

  it('picks the earlier instant for a wall time that occurs twice at fall-back', () => {
    // 2024-11-03 01:30 happens at 05:30Z (EDT) and again at 06:30Z (EST).
    expect(iso(wallTimeToEpoch(wall(2024, 11, 3, 1, 30), NY))).toBe('2024-11-03T05:30:00.000Z');
  });

  it("handles Lord Howe Island's half-hour DST gap", () => {
    // 2024-10-06 02:00 → 02:30 at Lord Howe (UTC+10:30 → +11).
    const t = wallTimeToEpoch(wall(2024, 10, 6, 2, 15), LORD_HOWE);
    expect(wallTimeAt(t, LORD_HOWE)).toMatchObject({ day: 6, hour: 2, minute: 45 });
    expect(offsetAt(t, LORD_HOWE)).toBe(11 * HOUR);
  });

  it('round-trips every instant through its wall time, within a fall-back hour up to the repeat', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2045, 0, 1) }),
        fc.constantFrom(NY, LONDON, LORD_HOWE, 'Asia/Kolkata', 'UTC', 'Pacific/Chatham'),
        (t, zone) => {
          const back = wallTimeToEpoch(wallTimeAt(t, zone), zone);
          expect(back === t || back === t - HOUR || back === t - HOUR / 2).toBe(true);
          expect(wallTimeAt(back, zone)).toEqual(wallTimeAt(t, zone));
        },
      ),
    );
  });
});

describe('wallTimeAt', () => {
  const reference = (t: number, timeZone: string) => {
    const parts = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    }).formatToParts(t);
    const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
    return {
      year: get('year'),
      month: get('month'),
      day: get('day'),
      hour: get('hour'),
      minute: get('minute'),
      second: get('second'),
    };
  };

  it('agrees with Intl on the wall clock for any instant, also minutes around DST changes', () => {
    const transitions = [
      Date.UTC(2024, 2, 10, 7),
      Date.UTC(2024, 10, 3, 6),
      Date.UTC(2024, 9, 5, 15, 30),
      Date.UTC(2024, 2, 31, 1),
    ];
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min: Date.UTC(1980, 0, 1), max: Date.UTC(2045, 0, 1) }),
          fc
            .tuple(fc.constantFrom(...transitions), fc.integer({ min: -90 * 60_000, max: 90 * 60_000 }))
            .map(([a, b]) => a + b),
        ),
        fc.constantFrom(NY, LONDON, LORD_HOWE, 'Asia/Kathmandu', 'America/St_Johns'),
        (t, zone) => {
          const { millisecond, ...w } = wallTimeAt(t, zone);
          expect(w).toEqual(reference(t, zone));
          expect(millisecond).toBe(((t % 1000) + 1000) % 1000);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('localDateOf', () => {
  it('agrees with Intl formatting the date in the same zone', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2045, 0, 1) }),
        fc.constantFrom(NY, LONDON, LORD_HOWE, 'Pacific/Kiritimati', 'Pacific/Pago_Pago'),
        (t, timeZone) => {
          expect(localDateOf(t, timeZone)).toBe(new Date(t).toLocaleDateString('en-CA', { timeZone }));
        },
      ),
    );
  });

  it('gives different dates for one instant in zones on either side of midnight', () => {
    const t = Date.UTC(2024, 2, 8, 3); // 22:00 on Mar 7 in New York, 03:00 on Mar 8 in London
    expect(localDateOf(t, NY)).toBe('2024-03-07');
    expect(localDateOf(t, LONDON)).toBe('2024-03-08');
  });
});

describe('shiftLocalDate and parseLocalDate', () => {
  it('steps across month ends and leap days', () => {
    expect(shiftLocalDate('2024-02-28', 1)).toBe('2024-02-29');
    expect(shiftLocalDate('2023-02-28', 1)).toBe('2023-03-01');
    expect(shiftLocalDate('2024-12-31', 1)).toBe('2025-01-01');
    expect(shiftLocalDate('2024-03-01', -1)).toBe('2024-02-29');
    expect(shiftLocalDate('2024-02-29', 365)).toBe('2025-02-28');
  });

  it('agrees with UTC day arithmetic for any date and offset', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1971-01-01'), max: new Date('2090-01-01'), noInvalidDate: true }),
        fc.integer({ min: -4000, max: 4000 }),
        (d, n) => {
          const date = d.toISOString().slice(0, 10);
          const expected = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + n))
            .toISOString()
            .slice(0, 10);
          expect(shiftLocalDate(date, n)).toBe(expected);
        },
      ),
    );
  });

  it('rejects dates that do not exist', () => {
    expect(parseLocalDate('2023-02-29')).toBeNull();
    expect(parseLocalDate('2024-04-31')).toBeNull();
    expect(parseLocalDate('2024-4-3')).toBeNull();
    expect(parseLocalDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
  });
});

describe('startOfLocalDate', () => {
  it('is local midnight, or the first instant after a skipped midnight', () => {
    expect(iso(startOfLocalDate('2024-03-10', NY)!)).toBe('2024-03-10T05:00:00.000Z');
    // Chile skipped 00:00–01:00 on 2024-09-08: the day starts at 01:00 local (04:00Z).
    expect(iso(startOfLocalDate('2024-09-08', 'America/Santiago')!)).toBe('2024-09-08T04:00:00.000Z');
  });
});

describe('addLocalDays', () => {
  it('keeps the wall time across spring-forward, making the day 23 hours long', () => {
    const t = Date.UTC(2024, 2, 9, 15); // Sat 10:00 EST
    expect(iso(addLocalDays(t, 1, NY))).toBe('2024-03-10T14:00:00.000Z');
  });

  it('keeps the wall time across fall-back, making the day 25 hours long', () => {
    const t = Date.UTC(2024, 10, 2, 14); // Sat 10:00 EDT
    expect(addLocalDays(t, 1, NY) - t).toBe(25 * HOUR);
  });

  it('is exactly N calendar days later at the same wall time, or later by a DST gap', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 0, 1) }),
        fc.integer({ min: -400, max: 400 }),
        fc.constantFrom(NY, LONDON, LORD_HOWE, 'America/Los_Angeles', 'Australia/Sydney', 'Asia/Kolkata'),
        (t, n, zone) => {
          const e = addLocalDays(t, n, zone);
          expect(localDayNumber(e, zone) - localDayNumber(t, zone)).toBe(n);
          const a = wallTimeAt(t, zone);
          const b = wallTimeAt(e, zone);
          const minutes = (w: typeof a) => w.hour * 60 + w.minute;
          if (minutes(a) !== minutes(b)) {
            // Only when the wall time did not exist that day: clocks had just sprung forward.
            expect(minutes(b) - minutes(a)).toBeGreaterThan(0);
            expect(minutes(b) - minutes(a)).toBeLessThanOrEqual(60);
            expect(offsetAt(e, zone)).toBeGreaterThan(offsetAt(e - 2 * HOUR, zone));
          }
          expect(Math.abs(e - t - n * 24 * HOUR)).toBeLessThanOrEqual(2 * HOUR);
        },
      ),
      { numRuns: 500 },
    );
  });
});
