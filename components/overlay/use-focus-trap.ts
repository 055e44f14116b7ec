import { type KeyboardEvent, type RefObject, useLayoutEffect, useRef } from 'react';
import { deepActiveElement, tabStops } from './focus';

/**
 * Keyboard behaviour of the card: focus moves in when it opens, Tab and Shift+Tab cycle inside it, Escape closes,
 * and on close focus returns to `returnFocus()` (the button that opened it) or to whatever had it before.
 * Returns the keydown handler to put on the dialog element.
 */
export function useFocusTrap(
  ref: RefObject<HTMLElement | null>,
  onEscape: () => void,
  returnFocus?: () => HTMLElement | null | undefined,
) {
  const latest = useRef({ onEscape, returnFocus });
  latest.current = { onEscape, returnFocus };

  // Layout effect: its cleanup runs while the card is still in the DOM, so we can tell whether focus was inside.
  useLayoutEffect(() => {
    const node = ref.current;
    if (!node) return;
    const before = deepActiveElement(node.ownerDocument);
    node.focus({ preventScroll: true });
    return () => {
      const active = deepActiveElement(node.ownerDocument);
      // Never pull focus back from TikTok if the user had already moved on (clicked into the page).
      const focusWasOurs = active === null || active === node.ownerDocument.body || node.contains(active);
      const target = latest.current.returnFocus?.() ?? before;
      if (focusWasOurs && target instanceof HTMLElement && target.isConnected) target.focus({ preventScroll: true });
    };
  }, [ref]);

  return (e: KeyboardEvent<HTMLElement>) => {
    const node = ref.current;
    if (!node) return;
    if (e.key === 'Escape') {
      e.preventDefault();
      latest.current.onEscape();
    } else if (e.key === 'Tab') {
      const stops = tabStops(node);
      const active = deepActiveElement(node.ownerDocument);
      const first = stops[0];
      const last = stops[stops.length - 1];
      if (!first || !last) {
        e.preventDefault();
        node.focus();
      } else if (e.shiftKey && (active === first || active === node)) {
        e.preventDefault();
        last.focus();
      } else if (!e.shiftKey && active === last) {
        e.preventDefault();
        first.focus();
      }
    }
  };
}
