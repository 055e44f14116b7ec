import { describe, expect, it } from 'vitest';
import {
  applyGrant,
  createAuthorization,
  createRenewalRequest,
  currentAuthorization,
  historyOf,
  supersede,
} from '@/lib/ledger/history';
import { authorizationSchema } from '@/lib/schemas/authorization';
import { OTHER_CODE, SAMPLE_CODE, auth } from './fixtures';

const NY = 'America/New_York';
const now = Date.UTC(2024, 2, 5, 15); // Tue 10:00 EST
let n = 0;
const clock = { now, timeZone: NY, newId: () => `id-${++n}` };

describe('createAuthorization', () => {
  it('records a received code granted now, with its expiry computed in the user zone', () => {
    const a = createAuthorization({ videoId: '7606836476323597588', code: SAMPLE_CODE, grantedDays: 7 }, clock);
    expect(a).toMatchObject({ status: 'received', grantedAt: now, current: true, supersededBy: null });
    expect(new Date(a.expiresAt!).toISOString()).toBe('2024-03-12T14:00:00.000Z'); // 10:00 EDT
    expect(authorizationSchema.safeParse(a).success).toBe(true);
  });

  it('records a request without a code, grant or expiry', () => {
    const a = createAuthorization({ videoId: '1', code: null, requestedDays: 30 }, clock);
    expect(a).toMatchObject({ status: 'requested', code: null, grantedAt: null, expiresAt: null, requestedDays: 30 });
    expect(authorizationSchema.safeParse(a).success).toBe(true);
  });
});

describe('renewal history', () => {
  const first = auth({ id: 'first', videoId: '1', createdAt: 1 });

  it('keeps the old code current while a renewal is only requested', () => {
    const request = createRenewalRequest(first, 60, { ...clock, now: 2 });
    expect(request).toMatchObject({ current: false, status: 'requested', requestedDays: 60, videoId: '1' });
    expect(currentAuthorization('1', [first, request])?.id).toBe('first');
  });

  it('makes the renewal current and links the old code to it once the new code arrives', () => {
    const request = createRenewalRequest(first, 60, { ...clock, now: 2 });
    const received = applyGrant(request, { code: OTHER_CODE, grantedDays: 60 }, { now: 3, timeZone: NY });
    expect(received).toMatchObject({ status: 'received', code: OTHER_CODE, grantedAt: 3 });
    expect(received.expiresAt).not.toBeNull();
    const [old, next] = supersede(first, received, 4);
    expect(old).toMatchObject({ supersededBy: next.id, current: false, updatedAt: 4 });
    expect(next.current).toBe(true);
    expect(currentAuthorization('1', [old, next])?.id).toBe(next.id);
    expect(historyOf('1', [old, next]).map((a) => a.id)).toEqual([next.id, 'first']);
  });

  it('still finds a current code when imported data flags none', () => {
    const a = auth({ id: 'a', videoId: '1', current: false, supersededBy: 'b', createdAt: 1 });
    const b = auth({ id: 'b', videoId: '1', current: false, createdAt: 2 });
    expect(currentAuthorization('1', [a, b])?.id).toBe('b');
    expect(currentAuthorization('9', [a, b])).toBeNull();
  });

  it('recomputes the expiry when the granted duration is edited', () => {
    const a = createAuthorization({ videoId: '1', code: SAMPLE_CODE, grantedDays: 7 }, clock);
    const edited = applyGrant(a, { grantedDays: 30 }, { now: now + 1, timeZone: NY });
    expect(new Date(edited.expiresAt!).toISOString()).toBe('2024-04-04T14:00:00.000Z');
    expect(applyGrant(a, { grantedDays: null }, { now, timeZone: NY }).expiresAt).toBeNull();
  });
});
