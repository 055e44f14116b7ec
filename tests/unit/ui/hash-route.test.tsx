import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createDashboardStore } from '@/lib/state/dashboard-store';
import { hashForVideo, useHashRoute, videoIdFromHash } from '@/lib/ui/hash-route';

afterEach(() => history.replaceState(null, '', '/'));

describe('the detail route', () => {
  it('reads the video id from #/video/<id>, the address notification clicks open', () => {
    expect(videoIdFromHash('#/video/7606836476323597588')).toBe('7606836476323597588');
    expect(videoIdFromHash('#/video/abc')).toBeNull();
    expect(videoIdFromHash('#/ledger')).toBeNull();
    expect(videoIdFromHash('')).toBeNull();
    expect(hashForVideo('12')).toBe('#/video/12');
    expect(hashForVideo(null)).toBe('');
  });

  it('opens the detail panel for the hash the page was opened with', () => {
    history.replaceState(null, '', '/dashboard.html#/video/7000000000000000042');
    const store = createDashboardStore();
    renderHook(() => useHashRoute(store));
    expect(store.getState().detailId).toBe('7000000000000000042');
  });

  it('follows hash changes and writes the hash when the panel opens or closes', () => {
    const store = createDashboardStore();
    renderHook(() => useHashRoute(store));
    act(() => {
      location.hash = '#/video/7000000000000000001';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(store.getState().detailId).toBe('7000000000000000001');
    act(() => store.getState().openDetail('7000000000000000002'));
    expect(location.hash).toBe('#/video/7000000000000000002');
    act(() => store.getState().closeDetail());
    expect(location.hash).toBe('');
  });
});
