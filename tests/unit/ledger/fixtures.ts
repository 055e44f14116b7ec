import type { Authorization } from '@/lib/schemas/authorization';

/** Made-up, real-shaped: '#' then base64 characters (no real creator's code appears in the tests). */
export const SAMPLE_CODE = '#Xy7Qm2LpV9aRt4KfB8nZc1WdE6hJ0sGuYo3TiPq5MvNlA+bC/eHk9rSx2Uw=';
export const OTHER_CODE = '#Qa1Ws2Ed3Rf4Tg5Yh6Uj7Ik8Ol9Pz0Xc+Vb/Nm1Lk2Jh3Gf4Ds5Aq6We7Rt=';

export function auth(overrides: Partial<Authorization> = {}): Authorization {
  return {
    id: 'auth-1',
    videoId: '7606836476323597588',
    code: SAMPLE_CODE,
    requestedDays: 30,
    grantedDays: 30,
    grantedAt: Date.UTC(2024, 2, 1, 15),
    expiresAt: Date.UTC(2024, 2, 31, 14),
    campaignEndDate: null,
    adAccount: null,
    status: 'in-use',
    note: '',
    supersededBy: null,
    current: true,
    createdAt: Date.UTC(2024, 2, 1, 15),
    updatedAt: Date.UTC(2024, 2, 1, 15),
    ...overrides,
  };
}

/**
 * A code as a CSV import stores it, imported 27 days before `now` and expiring 3 days after it: the file has the
 * expiry and the days, not the grant time.
 */
export function importedAuth(now: number, overrides: Partial<Authorization> = {}): Authorization {
  const DAY = 86_400_000;
  return auth({
    id: 'csv-7606836476323597588',
    grantedAt: null,
    grantedDays: 30,
    expiresAt: now + 3 * DAY,
    status: 'received',
    createdAt: now - 27 * DAY,
    updatedAt: now - 27 * DAY,
    ...overrides,
  });
}
