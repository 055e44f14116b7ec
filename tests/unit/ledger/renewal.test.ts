import { describe, expect, it } from 'vitest';
import { nextLongerDuration, renewalRequest } from '@/lib/ledger/renewal';
import { auth } from './fixtures';

const video = { url: 'https://www.tiktok.com/@ana.makes/video/7606836476323597588', handle: 'ana.makes' };
const a = auth({ grantedDays: 30, expiresAt: Date.UTC(2024, 2, 8, 15) });

describe('nextLongerDuration', () => {
  it('asks for the next longer TikTok duration than the current grant', () => {
    expect([7, 30, 60, 365].map(nextLongerDuration)).toEqual([30, 60, 365, 365]);
  });
  it('rounds a custom grant up to the next standard duration, and defaults to 30 days', () => {
    expect(nextLongerDuration(45)).toBe(60);
    expect(nextLongerDuration(400)).toBe(365);
    expect(nextLongerDuration(null)).toBe(30);
  });
});

describe('renewalRequest', () => {
  it('greets the creator, links the video, gives the expiry in words and asks for a longer duration', () => {
    const text = renewalRequest(a, video, { timeZone: 'America/New_York', locale: 'en-US' });
    expect(text.startsWith('Hi @ana.makes,')).toBe(true);
    expect(text).toContain(video.url);
    expect(text).toContain('expires on Friday, March 8, 2024');
    expect(text).toContain('for 60 days?');
    expect(text).toContain('cannot be reactivated');
  });

  it('never includes the code itself', () => {
    expect(renewalRequest(a, video)).not.toContain(a.code!);
  });

  it('uses the requested duration and the sender name when given', () => {
    const text = renewalRequest(a, video, { requestedDays: 365, senderName: 'Team Glow' });
    expect(text).toContain('for 365 days (one year)?');
    expect(text.endsWith('Thank you!\nTeam Glow')).toBe(true);
  });

  it('says "expired" for a code already past its expiry', () => {
    const text = renewalRequest(a, video, {
      now: Date.UTC(2024, 2, 10),
      timeZone: 'America/New_York',
      locale: 'en-US',
    });
    expect(text).toContain('expired on Friday, March 8, 2024');
  });

  it('asks for a new code without claiming an expiry for a revoked code, or one marked expired early', () => {
    const now = Date.UTC(2024, 2, 1);
    for (const status of ['revoked', 'expired'] as const) {
      const text = renewalRequest({ ...a, status }, video, { now, timeZone: 'America/New_York', locale: 'en-US' });
      expect(text).toContain('The Spark Ads authorization code we had for your video no longer works.');
      expect(text).not.toMatch(/expires on|expired on|March 8/);
      expect(text).toContain('Would you be open to generating a new ad authorization code for the same video');
    }
  });

  it("writes the date in the user's locale", () => {
    expect(renewalRequest(a, video, { timeZone: 'Europe/Berlin', locale: 'de-DE' })).toContain('Freitag, 8. März 2024');
  });

  it('greets without a handle when none is known', () => {
    expect(renewalRequest(a, { url: video.url }).startsWith('Hi,\n')).toBe(true);
  });
});
