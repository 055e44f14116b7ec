import { useEffect } from 'react';
import type { DashboardStore } from '@/lib/state/dashboard-store';

const VIDEO_ROUTE = /^#\/video\/(\d{1,25})$/;

/** `#/video/<id>` → the id (notification clicks and the popup open the dashboard this way); anything else → null. */
export function videoIdFromHash(hash: string): string | null {
  const m = VIDEO_ROUTE.exec(decodeURIComponent(hash));
  return m ? m[1]! : null;
}

export const hashForVideo = (videoId: string | null): string => (videoId ? `#/video/${videoId}` : '');

/**
 * Keeps the open detail panel and the URL hash in step, both ways: the hash opens the panel (a link, Back and
 * Forward), and opening or closing the panel writes the hash (so the address can be shared or reloaded).
 */
export function useHashRoute(store: DashboardStore, win: Window = window): void {
  useEffect(() => {
    const fromHash = () => {
      const id = videoIdFromHash(win.location.hash);
      const { detailId, openDetail, closeDetail } = store.getState();
      if (id === detailId) return;
      if (id) openDetail(id);
      else closeDetail();
    };
    fromHash();
    const unsubscribe = store.subscribe((s, prev) => {
      if (s.detailId === prev.detailId || videoIdFromHash(win.location.hash) === s.detailId) return;
      const url = new URL(win.location.href);
      url.hash = hashForVideo(s.detailId);
      win.history.pushState(null, '', url);
    });
    win.addEventListener('hashchange', fromHash);
    win.addEventListener('popstate', fromHash);
    return () => {
      unsubscribe();
      win.removeEventListener('hashchange', fromHash);
      win.removeEventListener('popstate', fromHash);
    };
  }, [store, win]);
}
