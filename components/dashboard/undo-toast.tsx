import { useEffect } from 'react';
import type { UndoOffer } from './types';
import { plural } from './format';

/** How long "Undo" stays offered; long enough to notice, short enough not to cover the table for good. */
export const UNDO_MS = 10_000;

/** "3 videos deleted · Undo". A status region, so screen readers hear it without losing their place. */
export function UndoToast({ offer, timeoutMs = UNDO_MS }: { offer: UndoOffer; timeoutMs?: number }) {
  useEffect(() => {
    const t = setTimeout(offer.onDismiss, timeoutMs);
    return () => clearTimeout(t);
  }, [offer, timeoutMs]);
  return (
    <div className="ss-toast" role="status">
      <span>{plural(offer.count, 'video')} deleted</span>
      <button type="button" className="ss-btn ss-btn--sm ss-toast__undo" onClick={offer.onUndo}>
        Undo
      </button>
      <button type="button" className="ss-icon-btn ss-toast__close" aria-label="Dismiss" onClick={offer.onDismiss}>
        ×
      </button>
    </div>
  );
}
