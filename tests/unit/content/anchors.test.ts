import { afterEach, describe, expect, it, vi } from 'vitest';
import { findAnchors, layerOf } from '@/lib/content/anchors';

/** jsdom has no layout: give each element the box TikTok's CSS would. */
function layout(boxes: Record<string, { top: number; left: number; width: number; height: number }>) {
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    const box = boxes[this.id] ??
      boxes[this.getAttribute('data-e2e') ?? ''] ?? { top: 0, left: 0, width: 0, height: 0 };
    return {
      ...box,
      x: box.left,
      y: box.top,
      right: box.left + box.width,
      bottom: box.top + box.height,
      toJSON() {},
    } as DOMRect;
  });
}

function feed(ids: string[]) {
  document.body.innerHTML = ids
    .map(
      (id, i) => `<article data-e2e="recommend-list-item-container"><div id="xgwrapper-${i}-${id}"><video></video></div>
        <strong data-e2e="like-count">1</strong><strong data-e2e="share-count">Share</strong></article>`,
    )
    .join('');
}

afterEach(() => {
  document.body.innerHTML = '';
  window.history.replaceState({}, '', '/');
});

describe('where the Score this video buttons go', () => {
  it('gives each visible feed card its own anchor keyed by its video id', () => {
    window.history.replaceState({}, '', '/foryou');
    feed(['7000000000000000001', '7000000000000000002', '7000000000000000003']);
    layout({
      'xgwrapper-0-7000000000000000001': { top: -700, left: 300, width: 360, height: 640 },
      'xgwrapper-1-7000000000000000002': { top: 80, left: 300, width: 360, height: 640 },
      'xgwrapper-2-7000000000000000003': { top: 740, left: 300, width: 360, height: 640 },
    });
    const anchors = findAnchors(document, window);
    // The first card is scrolled away above the viewport (768 px tall in jsdom).
    expect(anchors.map((a) => a.key)).toEqual(['7000000000000000002', '7000000000000000003']);
    expect(anchors[0]!.rect).toEqual({ top: 80, left: 300, width: 360, height: 640 });
  });

  it('on a video page anchors only the URL video, even when the feed underneath is mounted', () => {
    feed(['7000000000000000001']);
    window.history.replaceState({}, '', '/@someone/video/7000000000000000009');
    layout({ 'xgwrapper-0-7000000000000000001': { top: 80, left: 300, width: 360, height: 640 } });
    const anchors = findAnchors(document, window);
    expect(anchors).toHaveLength(1);
    expect(anchors[0]!.key).toBe('7000000000000000009');
    expect(anchors[0]!.kind).toBe('detail');
    // No player shows this id: the button still appears (so a private or broken page can explain itself).
    expect(anchors[0]!.rect.width).toBeGreaterThan(0);
  });

  it('puts a video in a positioned, z-indexed container (the browse modal) in the layer of that container', () => {
    document.body.innerHTML = `<div id="modal" style="position: fixed; z-index: 20"><div style="position: relative; z-index: 3">
      <div id="player"></div></div></div><div id="page"><div style="z-index: 50"><div id="plain"></div></div></div>`;
    // The outermost positioned ancestor decides where the video is drawn in the page, not an inner z-index.
    expect(layerOf(document.getElementById('player')!, window)).toBe(20);
    // A z-index on a static element does nothing: the page's own layer.
    expect(layerOf(document.getElementById('plain')!, window)).toBe(0);
  });
});
