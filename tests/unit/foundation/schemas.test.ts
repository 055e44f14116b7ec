import { describe, expect, it } from 'vitest';
import { videoIdSchema } from '@/lib/schemas/video';

describe('video id schema', () => {
  it('accepts ids beyond 2^53 as strings', () => {
    expect(videoIdSchema.safeParse('7606836476323597588').success).toBe(true);
  });
  it('rejects numbers and non-digit strings', () => {
    // eslint-disable-next-line no-loss-of-precision -- the point: a JS number cannot hold the id
    expect(videoIdSchema.safeParse(7606836476323597588).success).toBe(false);
    expect(videoIdSchema.safeParse('76068abc').success).toBe(false);
  });
});
