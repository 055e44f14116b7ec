import { describe, expect, it } from 'vitest';
import {
  canonicalVideoUrl,
  handleFromInput,
  handleFromPath,
  isLivePath,
  normalizeHandle,
  postKindFromPath,
  postedAtFromId,
  unixSecondsToMs,
  videoIdFromPath,
  videoIdFromUrl,
} from '@/lib/tiktok/urls';

describe('video ids from URLs', () => {
  it.each([
    ['/@w..corporation/video/7606836476323597588', '7606836476323597588'],
    ['/@someone/photo/7444705554666130708', '7444705554666130708'],
    ['/@someone/video/7606836476323597588/', '7606836476323597588'],
    ['/v/7603296357641735445.html', '7603296357641735445'],
  ])('finds the id in %s', (path, id) => {
    expect(videoIdFromPath(path)).toBe(id);
  });

  it.each([
    '/',
    '/foryou',
    '/@khanhiattm2',
    '/@x/video/',
    '/@x/video/abc',
    '/music/song-7235662417353738242',
    '/@x/video/0',
  ])('finds no id in %s', (path) => {
    expect(videoIdFromPath(path)).toBeNull();
  });

  it('reads the browse modal URL (query string and hash included) like a video page', () => {
    expect(
      videoIdFromUrl('https://www.tiktok.com/@h/video/7606836476323597588?is_from_webapp=1&sender_device=pc#x'),
    ).toBe('7606836476323597588');
    expect(videoIdFromUrl(new URL('https://www.tiktok.com/@h/photo/7444705554666130708'))).toBe('7444705554666130708');
  });

  it('tells photo posts from videos', () => {
    expect(postKindFromPath('/@h/photo/1')).toBe('photo');
    expect(postKindFromPath('/@h/video/1')).toBe('video');
    expect(postKindFromPath('/@h')).toBeNull();
  });
});

describe('posting time', () => {
  it('reads the top 32 bits of an id as Unix seconds, beyond 2^53 without precision loss', () => {
    // 7606836476323597588 >> 32 = 1771104632 (createTime of sample 01 is 13 s later: upload vs publish)
    expect(postedAtFromId('7606836476323597588')).toBe(1771104632000);
  });

  it('rejects ids whose top bits are not a plausible date', () => {
    expect(postedAtFromId('12345')).toBeNull();
    expect(postedAtFromId('99999999999999999999999')).toBeNull();
    expect(postedAtFromId('not-an-id')).toBeNull();
  });

  it('accepts createTime as a string (SSR) or an int (API), nothing else', () => {
    expect(unixSecondsToMs('1771104645')).toBe(1771104645000);
    expect(unixSecondsToMs(1749265942)).toBe(1749265942000);
    for (const bad of [0, -1, 1.5, NaN, 1e30, '17711e4', null, {}]) expect(unixSecondsToMs(bad)).toBeNull();
  });
});

describe('handles', () => {
  it('normalizes a handle: no @, no spaces, lower case', () => {
    expect(normalizeHandle(' @W..Corporation ')).toBe('w..corporation');
    expect(normalizeHandle('zg.520')).toBe('zg.520');
  });

  it('rejects what cannot be a handle', () => {
    for (const bad of ['', '@', 'has space', '<script>', 'a/b', 42, null]) expect(normalizeHandle(bad)).toBeNull();
  });

  it('reads the handle of a profile or video path', () => {
    expect(handleFromPath('/@khanhiattm2')).toBe('khanhiattm2');
    expect(handleFromPath('/@w..corporation/video/7606836476323597588')).toBe('w..corporation');
    expect(handleFromPath('/foryou')).toBeNull();
    expect(handleFromPath('/@%E0%A4%A')).toBeNull();
  });

  it("takes the handle from what a person types or pastes, within TikTok's 24-character username rule", () => {
    for (const typed of [
      '@GlowLab',
      'glowlab',
      'https://www.tiktok.com/@glowlab',
      'tiktok.com/@glowlab/video/7606836476323597588',
    ])
      expect(handleFromInput(typed)).toBe('glowlab');
    for (const bad of ['glow lab', 'https://example.com/@glowlab', 'x'.repeat(25)])
      expect(handleFromInput(bad)).toBeNull();
  });

  it('builds canonical URLs for videos and photo posts', () => {
    expect(canonicalVideoUrl('zg.520', '7513039993741397256')).toBe(
      'https://www.tiktok.com/@zg.520/video/7513039993741397256',
    );
    expect(canonicalVideoUrl('h', '7444705554666130708', 'photo')).toBe(
      'https://www.tiktok.com/@h/photo/7444705554666130708',
    );
  });
});

describe('isLivePath', () => {
  it('recognises LIVE rooms and nothing else', () => {
    expect(isLivePath('/@someone/live')).toBe(true);
    expect(isLivePath('/live')).toBe(true);
    expect(isLivePath('/@someone/video/7600000000000000001')).toBe(false);
    expect(isLivePath('/@livelyhandle')).toBe(false);
  });
});
