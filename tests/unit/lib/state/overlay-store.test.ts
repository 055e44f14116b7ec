import { describe, expect, it, vi } from 'vitest';
import { createOverlayStore } from '@/lib/state/overlay-store';

const rect = (top: number) => ({ top, left: 0, width: 400, height: 700 });

describe('overlay store', () => {
  it('opens one card at a time and toggles it closed', () => {
    const s = createOverlayStore();
    s.getState().openCard('a');
    s.getState().openCard('b');
    expect(s.getState().openKey).toBe('b');
    s.getState().toggleCard('b');
    expect(s.getState().openKey).toBeNull();
  });

  it('takes the objective, theme and placement it is seeded with', () => {
    const s = createOverlayStore({ objective: 'conversion', theme: 'dark' });
    expect([s.getState().objective, s.getState().theme, s.getState().placement]).toEqual([
      'conversion',
      'dark',
      { kind: 'top-right' },
    ]);
  });

  it("opens on the settings' objective until the user picks one on the card", () => {
    const s = createOverlayStore();
    s.getState().seedObjective('conversion');
    expect(s.getState().objective).toBe('conversion');
    s.getState().setObjective('awareness');
    // A later card (settings still say conversion) keeps the user's choice for this tab.
    s.getState().seedObjective('conversion');
    expect(s.getState().objective).toBe('awareness');
  });

  it('does not notify subscribers when a re-measured anchor has not moved', () => {
    const s = createOverlayStore();
    s.getState().setAnchor('a', rect(10));
    const listener = vi.fn();
    s.subscribe(listener);
    s.getState().setAnchor('a', rect(10));
    expect(listener).not.toHaveBeenCalled();
    s.getState().setAnchor('a', rect(20));
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('keeps only the anchors still on the page, so none pile up over hundreds of navigations', () => {
    const s = createOverlayStore();
    for (let i = 0; i < 300; i++) {
      s.getState().setAnchor(String(i), rect(i));
      s.getState().retainAnchors([String(i)]);
    }
    expect(Object.keys(s.getState().anchors)).toEqual(['299']);
  });

  it('closes the card whose video was removed, and only that', () => {
    const s = createOverlayStore();
    s.getState().setAnchor('a', rect(0));
    s.getState().setAnchor('b', rect(800));
    s.getState().openCard('a');
    s.getState().removeAnchor('b');
    expect(s.getState().openKey).toBe('a');
    s.getState().removeAnchor('a');
    expect(s.getState().openKey).toBeNull();
  });

  it('keeps a card opened without a button (the shortcut) when anchors are pruned', () => {
    const s = createOverlayStore();
    s.getState().setAnchor('a', rect(0));
    s.getState().openCard('shortcut-video');
    s.getState().retainAnchors([]);
    expect(s.getState().openKey).toBe('shortcut-video');
  });
});
