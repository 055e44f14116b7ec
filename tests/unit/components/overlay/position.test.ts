import { describe, expect, it } from 'vitest';
import { buttonStyle, cardStyle, HEADER_BOTTOM } from '@/components/overlay/position';

const video = { top: 80, left: 700, width: 420, height: 740 };

describe('button position', () => {
  it('stays inside the video, clear of its right edge (action bar) and bottom (player controls)', () => {
    const s = buttonStyle(video)!;
    const centre = s.left as number;
    expect(centre).toBe(video.left + video.width / 2);
    expect(s.top as number).toBeGreaterThanOrEqual(video.top);
    expect((s.top as number) + 32).toBeLessThan(video.top + video.height - 60);
  });

  it('never goes above the bottom of TikTok header', () => {
    expect(buttonStyle({ ...video, top: -200 })!.top).toBe(HEADER_BOTTOM);
  });

  it('is withheld when only a sliver of the video remains below the header', () => {
    expect(buttonStyle({ ...video, top: -700 })).toBeNull();
  });
});

describe('card position', () => {
  it('sits as a sheet left of the video when there is room, below the header', () => {
    expect(cardStyle({ kind: 'left-of', rect: { ...video, top: 20 } })).toMatchObject({
      top: HEADER_BOTTOM,
      left: 700 - 12 - 360,
      width: 360,
    });
  });

  it('narrows to the room left of the video down to a readable minimum', () => {
    expect(cardStyle({ kind: 'left-of', rect: { ...video, left: 340 } })).toMatchObject({ left: 12, width: 316 });
  });

  it('falls back to the top right below the header when the video leaves no room to its left', () => {
    expect(cardStyle({ kind: 'left-of', rect: { ...video, left: 200 } })).toMatchObject({
      top: HEADER_BOTTOM,
      right: 16,
    });
  });

  it('caps the height at 80% of the viewport and above its bottom edge', () => {
    expect(cardStyle({ kind: 'top-right' })!.maxHeight).toBe(`min(80vh, calc(100vh - ${HEADER_BOTTOM + 16}px))`);
  });

  it('leaves an inline card in normal flow', () => {
    expect(cardStyle({ kind: 'inline' })).toBeUndefined();
  });
});
