import { vi } from 'vitest';
import type { Authorization } from '@/lib/schemas/authorization';
import type { LedgerActions } from '@/lib/ui/ledger-actions';
import type { LedgerVideo } from '@/lib/ui/ledger-data';

/** Every ledger test runs in one zone with DST, at a fixed instant: Fri Nov 20 2026, 12:00 in New York. */
export const TZ = 'America/New_York';
export const NOW = Date.UTC(2026, 10, 20, 17);
export const DAY = 86_400_000;

/** Made-up, real-shaped codes: '#' then base64 characters. */
export const CODE_A = '#Xy7Qm2LpV9aRt4KfB8nZc1WdE6hJ0sGuYo3TiPq5MvNlA+bC/eHk9rSx2Uw=';
export const CODE_B = '#Qa1Ws2Ed3Rf4Tg5Yh6Uj7Ik8Ol9Pz0Xc+Vb/Nm1Lk2Jh3Gf4Ds5Aq6We7Rt=';
export const CODE_C = '#Mn8Bv7Cx6Zl5Kj4Hg3Fd2Sa1Qw0Er9Ty8Ui7Op6As5Df4Gh3Jk2Lz1Xc0V=';

export const VIDEO_A = '7606836476323597588';
export const VIDEO_B = '7606836476323597599';
export const VIDEO_C = '7606836476323597600';

let seq = 0;

/** A received 30-day code on VIDEO_A; `expiresInDays` moves its expiry relative to NOW. */
export function makeAuth(overrides: Partial<Authorization> & { expiresInDays?: number } = {}): Authorization {
  const { expiresInDays = 20, ...rest } = overrides;
  seq += 1;
  const expiresAt = NOW + expiresInDays * DAY;
  return {
    id: `auth-${seq}`,
    videoId: VIDEO_A,
    code: CODE_A,
    requestedDays: 30,
    grantedDays: 30,
    grantedAt: expiresAt - 30 * DAY,
    expiresAt,
    campaignEndDate: null,
    adAccount: null,
    status: 'received',
    note: '',
    supersededBy: null,
    current: true,
    createdAt: NOW - 10 * DAY + seq,
    updatedAt: NOW - 10 * DAY + seq,
    ...rest,
  };
}

export function video(videoId: string, handle: string | null): LedgerVideo {
  return { videoId, handle, url: handle ? `https://www.tiktok.com/@${handle}/video/${videoId}` : null };
}

export function videoMap(...videos: LedgerVideo[]): Map<string, LedgerVideo> {
  return new Map(videos.map((v) => [v.videoId, v]));
}

/** Actions that record their calls and resolve with whatever the test needs. */
export function fakeActions(): { [K in keyof LedgerActions]: ReturnType<typeof vi.fn> } & LedgerActions {
  const ok = () => vi.fn(async () => makeAuth());
  return { add: ok(), edit: ok(), setStatus: ok(), renew: ok(), requestRenewal: ok() } as never;
}
