import { describe, expect, it } from 'vitest';
import { pageProblemSchema } from '@/lib/schemas/video';
import { problemFromStatus, problemMessage } from '@/lib/tiktok/page-state';

describe('page states', () => {
  it('has a user-readable sentence for every problem', () => {
    for (const problem of pageProblemSchema.options) {
      expect(problemMessage(problem)).toMatch(/^[A-Z].{15,}\.$/);
    }
  });

  it('maps TikTok status codes, as numbers or strings, to problems', () => {
    expect(problemFromStatus(10216)).toBe('private-video');
    expect(problemFromStatus('10222')).toBe('private-account');
    expect(problemFromStatus(10204)).toBe('not-found');
    expect(problemFromStatus(10201)).toBe('login-required');
    expect(problemFromStatus(10101)).toBe('no-data');
  });

  it('reads success and junk as no problem', () => {
    for (const v of [0, '0', undefined, null, NaN, {}, 'abc']) expect(problemFromStatus(v)).toBeNull();
  });
});
