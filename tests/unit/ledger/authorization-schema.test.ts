import { describe, expect, it } from 'vitest';
import { AUTH_STATUSES, authorizationSchema } from '@/lib/schemas/authorization';
import { auth } from './fixtures';

describe('authorization schema', () => {
  it('accepts a received code and a requested one without code or dates', () => {
    expect(authorizationSchema.safeParse(auth()).success).toBe(true);
    expect(
      authorizationSchema.safeParse(
        auth({ code: null, grantedDays: null, grantedAt: null, expiresAt: null, status: 'requested' }),
      ).success,
    ).toBe(true);
  });

  it('lists the six statuses of the issue', () => {
    expect(AUTH_STATUSES).toEqual(['requested', 'received', 'in-use', 'expiring', 'expired', 'revoked']);
  });

  it('accepts standard and custom whole-day durations, and rejects zero, fractions and absurd lengths', () => {
    for (const days of [7, 30, 60, 365, 45])
      expect(authorizationSchema.safeParse(auth({ grantedDays: days })).success).toBe(true);
    for (const days of [0, -7, 2.5, 100_000])
      expect(authorizationSchema.safeParse(auth({ grantedDays: days })).success).toBe(false);
  });

  it('takes a campaign end date only as a real YYYY-MM-DD calendar date', () => {
    expect(authorizationSchema.safeParse(auth({ campaignEndDate: '2024-02-29' })).success).toBe(true);
    for (const d of ['2023-02-29', '2024-13-01', '03/08/2024', '2024-03-08T00:00:00Z']) {
      expect(authorizationSchema.safeParse(auth({ campaignEndDate: d })).success).toBe(false);
    }
  });

  it('rejects a video id that is not a TikTok id and an unknown status', () => {
    expect(authorizationSchema.safeParse(auth({ videoId: 'abc' })).success).toBe(false);
    expect(authorizationSchema.safeParse({ ...auth(), status: 'paused' }).success).toBe(false);
  });
});
