import { describe, expect, it } from 'vitest';
import { addLocalDays, localDateOf } from '@/lib/ledger/zoned-time';
import { draftExpiry, draftFields, draftFrom } from '@/lib/ui/ledger-draft';
import { auth, importedAuth } from '../ledger/fixtures';

const NY = 'America/New_York';
const DAY = 86_400_000;
/** Fri 2024-03-01 12:00 EST. */
const NOW = Date.UTC(2024, 2, 1, 17);
const clock = { now: NOW, timeZone: NY };

const imported = (over = {}) => importedAuth(NOW, over);

describe('the authorization form draft of an imported code (expiry known, grant not)', () => {
  it('shows the grant date its expiry implies, not today', () => {
    const draft = draftFrom(imported(), clock);
    expect(draft.grantedDate).toBe(localDateOf(addLocalDays(NOW + 3 * DAY, -30, NY), NY));
    expect(draft.grantedDate).not.toBe(localDateOf(NOW, NY));
  });

  it('keeps the stored expiry when only an unrelated field changed', () => {
    const previous = imported();
    const draft = { ...draftFrom(previous, clock), adAccount: 'Brand ads' };
    expect(draftExpiry(draft, clock, previous)).toBe(previous.expiresAt);
    const fields = draftFields(draft, clock, previous);
    expect(fields).toMatchObject({ expiresAt: previous.expiresAt, adAccount: 'Brand ads' });
    // The expiry did not move, so its save time (and the reminders already sent) stay as they were.
    expect(fields).not.toHaveProperty('expirySavedAt');
  });

  it('keeps the stored expiry when the file gave no days, and the days stay empty', () => {
    const previous = imported({ grantedDays: null });
    const draft = { ...draftFrom(previous, clock), adAccount: 'Brand ads' };
    expect(draftExpiry(draft, clock, previous)).toBe(previous.expiresAt);
  });

  it('recomputes from the implied grant date when the days change, and from a new date when it changes', () => {
    const previous = imported();
    const longer = { ...draftFrom(previous, clock), grantedDays: 60 };
    expect(localDateOf(draftExpiry(longer, clock, previous)!, NY)).toBe(localDateOf(NOW + 33 * DAY, NY));
    expect(draftFields(longer, clock, previous).expirySavedAt).toBe(NOW);
    const today = { ...draftFrom(previous, clock), grantedDate: localDateOf(NOW, NY) };
    expect(draftExpiry(today, clock, previous)).toBe(addLocalDays(NOW, 30, NY));
  });
});

describe('the authorization form draft of a code saved here', () => {
  it('keeps the stored expiry on an unrelated edit, even from another time zone', () => {
    // A 7-day code granted Tue Mar 5 10:00 EST, saved in New York, which moves its clocks on Mar 10. Edited while the
    // computer is set to London (clocks unchanged until Mar 31), recomputing would move the expiry by an hour.
    const grantedAt = Date.UTC(2024, 2, 5, 15);
    const previous = auth({ grantedAt, grantedDays: 7, expiresAt: addLocalDays(grantedAt, 7, NY) });
    expect(addLocalDays(grantedAt, 7, 'Europe/London')).not.toBe(previous.expiresAt);
    const london = { now: NOW, timeZone: 'Europe/London' };
    const draft = { ...draftFrom(previous, london), adAccount: 'Brand ads' };
    expect(draftExpiry(draft, london, previous)).toBe(previous.expiresAt);
  });

  it('stamps a new code’s expiry as saved now', () => {
    expect(draftFields(draftFrom(null, clock), clock).expirySavedAt).toBe(NOW);
  });
});
