import { describe, expect, it } from 'vitest';
import { describeExpiry, formatExpiryDate } from '@/lib/ledger/describe';
import { auth } from './fixtures';

const NY = 'America/New_York';
const opts = { timeZone: NY, locale: 'en-US' };
// Expires Fri 2024-03-08 10:00 in New York.
const a = auth({ status: 'in-use', expiresAt: Date.UTC(2024, 2, 8, 15) });
/** ICU puts a narrow no-break space before AM/PM; compare on plain spaces. */
const plain = (s: string) => s.replace(/[\u202F\u00A0]/g, ' ');

describe('describeExpiry', () => {
  it('says "in N days" with the date while the expiry is more than a day away', () => {
    expect(plain(describeExpiry(a, Date.UTC(2024, 2, 5, 15), opts))).toBe('Expires in 3 days (Fri, Mar 8, 2024)');
  });

  it('says "tomorrow" the evening before, though fewer than 24 hours remain', () => {
    expect(plain(describeExpiry(a, Date.UTC(2024, 2, 8, 4), opts))).toBe(
      'Expires tomorrow at 10:00 AM (Fri, Mar 8, 2024)',
    );
  });

  it('says "today" with the hour on the expiry day', () => {
    expect(plain(describeExpiry(a, Date.UTC(2024, 2, 8, 6), opts))).toBe('Expires today at 10:00 AM');
  });

  it('says "expired today" once the hour has passed', () => {
    expect(plain(describeExpiry(a, Date.UTC(2024, 2, 8, 16), opts))).toBe('Expired today at 10:00 AM');
  });

  it('counts calendar days since expiry', () => {
    expect(describeExpiry(a, Date.UTC(2024, 2, 9, 14), opts)).toBe('Expired yesterday (Fri, Mar 8, 2024)');
    expect(describeExpiry(a, Date.UTC(2024, 2, 11, 13), opts)).toBe('Expired 3 days ago (Fri, Mar 8, 2024)');
  });

  it('uses the singular for one day only through "tomorrow" and "yesterday"', () => {
    const texts = [Date.UTC(2024, 2, 6, 15), Date.UTC(2024, 2, 10, 15)].map((now) => describeExpiry(a, now, opts));
    expect(texts).toEqual(['Expires in 2 days (Fri, Mar 8, 2024)', 'Expired 2 days ago (Fri, Mar 8, 2024)']);
  });

  it('explains a requested code, a missing duration and a revoked code', () => {
    expect(describeExpiry(auth({ status: 'requested', code: null, expiresAt: null }), 0, opts)).toBe(
      'Code requested, not received yet',
    );
    expect(describeExpiry(auth({ status: 'received', expiresAt: null }), 0, opts)).toMatch(/No expiry yet/);
    expect(describeExpiry({ ...a, status: 'revoked' }, Date.UTC(2024, 2, 1), opts)).toBe(
      'Revoked (the grant ran until Fri, Mar 8, 2024)',
    );
  });

  it('says a code set to expired before its date was marked expired, not that it expires in 30 days', () => {
    const marked = { ...a, status: 'expired' as const };
    expect(describeExpiry(marked, Date.UTC(2024, 1, 7, 15), opts)).toBe(
      'Marked expired (its grant ran until Fri, Mar 8, 2024)',
    );
    expect(describeExpiry(marked, Date.UTC(2024, 2, 11, 13), opts)).toBe('Expired 3 days ago (Fri, Mar 8, 2024)');
  });

  it("writes the date in the reader's locale", () => {
    // Day before month in British English, German month names; exact punctuation varies with the ICU version.
    expect(formatExpiryDate(Date.UTC(2024, 2, 8, 15), { timeZone: 'Europe/London', locale: 'en-GB' })).toMatch(
      /^Fri,? 8 Mar 2024$/,
    );
    expect(formatExpiryDate(Date.UTC(2024, 2, 8, 15), { timeZone: 'Europe/Berlin', locale: 'de-DE' })).toMatch(
      /^Fr\.?, 8\. März 2024$/,
    );
  });
});
