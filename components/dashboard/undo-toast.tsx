import { useEffect, useRef } from 'react';
import type { PendingWrite, UndoOffer } from './types';
import { plural } from './format';
import { type FocusFallback, useReturnFocus } from './use-return-focus';

/**
 * How long "Undo" stays offered, counted from the end of the delete (the offer comes only then); long enough to
 * notice, short enough not to cover the table for good.
 */
export const UNDO_MS = 10_000;

export interface UndoToastProps {
  offer: UndoOffer;
  timeoutMs?: number;
  /** Where focus goes when the toast leaves while it has focus (after Undo, Dismiss or the timeout). */
  focusFallback?: FocusFallback;
}

/**
 * "3 videos deleted · Undo". A status region, so screen readers hear it without losing their place. Each new offer
 * takes focus to Undo: what was deleted (the bulk bar's button, a row) is gone, and Undo is the likely next step.
 */
export function UndoToast({ offer, timeoutMs = UNDO_MS, focusFallback }: UndoToastProps) {
  const toast = useRef<HTMLDivElement>(null);
  const undo = useRef<HTMLButtonElement>(null);
  useReturnFocus(toast, focusFallback);
  useEffect(() => undo.current?.focus(), [offer]);
  useEffect(() => {
    const t = setTimeout(offer.onDismiss, timeoutMs);
    return () => clearTimeout(t);
  }, [offer, timeoutMs]);
  return (
    <div ref={toast} className="ss-toast" role="status">
      <span>{plural(offer.count, 'video')} deleted</span>
      <button ref={undo} type="button" className="ss-btn ss-btn--sm ss-toast__undo" onClick={offer.onUndo}>
        Undo
      </button>
      <button type="button" className="ss-icon-btn ss-toast__close" aria-label="Dismiss" onClick={offer.onDismiss}>
        ×
      </button>
    </div>
  );
}

const WORKING_LABEL: Record<PendingWrite['kind'], string> = { deleting: 'Deleting', restoring: 'Restoring' };

/** "Deleting 10,000 videos…" in the toast's place, so a long delete or undo shows it is under way. */
export function WorkingToast({ work }: { work: PendingWrite }) {
  return (
    <div className="ss-toast ss-toast--working" role="status" aria-busy="true">
      <span className="ss-toast__spinner" aria-hidden="true" />
      <span>
        {WORKING_LABEL[work.kind]} {plural(work.count, 'video')}…
      </span>
    </div>
  );
}
