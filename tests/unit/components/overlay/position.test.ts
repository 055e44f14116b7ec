import { describe, expect, it } from 'vitest';
import { buttonStyle, cardStyle, HEADER_BOTTOM } from '@/components/overlay/position';

const video = { top: 80, left: 700, width: 420, height: 740 };
/** The video with its like/comment/share column: the area the card must keep clear. */
const videoAndActions = { ...video, width: 500 };
const VW = 1440;

describe('button position', () => {
  it('stays inside the video, clear of its right edge (action bar) and bottom (player controls)', () => {
    const s = buttonStyle(video)!;
    expect(s.left).toBe(video.left + video.width / 2);
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
    expect(cardStyle({ kind: 'left-of', rect: { ...videoAndActions, top: 20 } }, VW)).toMatchObject({
      top: HEADER_BOTTOM,
      left: 700 - 12 - 360,
      width: 360,
    });
  });

  it('narrows to the room left of the video down to a readable minimum', () => {
    expect(cardStyle({ kind: 'left-of', rect: { ...videoAndActions, left: 360 } }, 1000)).toMatchObject({
      left: 12,
      width: 336,
    });
  });

  it('goes right of the action bar when the left has no room', () => {
    const style = cardStyle({ kind: 'left-of', rect: { ...videoAndActions, left: 200 } }, VW)!;
    expect(style).toMatchObject({ left: 200 + 500 + 12, width: 360 });
  });

  it('sits right of the action bar column when asked, never over it', () => {
    const style = cardStyle({ kind: 'right-of', rect: videoAndActions }, 1800)!;
    expect(style.left as number).toBeGreaterThanOrEqual(videoAndActions.left + videoAndActions.width);
  });

  it('falls back to the top right below the header only when neither side has room', () => {
    expect(cardStyle({ kind: 'right-of', rect: { ...videoAndActions, left: 200 } }, 900)).toMatchObject({
      top: HEADER_BOTTOM,
      right: 16,
    });
  });

  it('goes over the video, away from its like/comment column and clear of its controls, in a half-screen window', () => {
    // The feed in a 683 px window: a 360 px video at x 234 with its action column right of it, up to x 665.
    const player = { top: 76, left: 234, width: 360, height: 640 };
    const keep = { ...player, width: 431 };
    const style = cardStyle({ kind: 'right-of', rect: keep, video: player }, 683)!;
    expect(style).toMatchObject({
      left: 16,
      width: 360,
      top: 76 + 48,
      maxHeight: `min(80vh, ${76 + 640 - 64 - 124}px)`,
    });
    expect((style.left as number) + (style.width as number)).toBeLessThanOrEqual(player.left + player.width);

    // The column on the video's left (a mirrored layout): the card takes the right edge instead.
    const mirrored = cardStyle({ kind: 'right-of', rect: { ...player, left: 193, width: 401 }, video: player }, 683)!;
    expect(mirrored).toMatchObject({ left: 683 - 16 - 360, width: 360 });
    expect(mirrored.left as number).toBeGreaterThanOrEqual(player.left);
  });

  it('keeps to the top right when the card over the video would reach its column or be too short', () => {
    const player = { top: 76, left: 30, width: 300, height: 640 };
    const reaching = cardStyle({ kind: 'right-of', rect: { ...player, width: 360 }, video: player }, 500);
    expect(reaching).toMatchObject({ top: HEADER_BOTTOM, right: 16 });
    const short = { top: 76, left: 234, width: 360, height: 360 };
    expect(cardStyle({ kind: 'right-of', rect: { ...short, width: 431 }, video: short }, 683)).toMatchObject({
      right: 16,
    });
  });

  it('caps the height at 80% of the viewport and above its bottom edge', () => {
    expect(cardStyle({ kind: 'top-right' }, VW)!.maxHeight).toBe(`min(80vh, calc(100vh - ${HEADER_BOTTOM + 16}px))`);
  });

  it('leaves an inline card in normal flow', () => {
    expect(cardStyle({ kind: 'inline' }, VW)).toBeUndefined();
  });
});
