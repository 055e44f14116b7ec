import { type RefObject, useLayoutEffect, useRef } from 'react';

/** The element focus should land on when nothing better is left (the table); null for none. */
export type FocusFallback = () => HTMLElement | null | undefined;

const lost = (active: Element | null, doc: Document) => active === null || active === doc.body;

/**
 * Keeps keyboard users in place when a part of the page that holds focus goes away (a panel closing, a toast or
 * the bulk bar leaving): otherwise the browser drops focus to <body> and the next Tab starts from the top.
 * On unmount, if focus was inside `ref` (or already lost), it goes to the element that opened it, when `openedBy`
 * is given and that element is still on the page, else to `fallback()`. Focus the user moved elsewhere stays put.
 *
 * `openedBy` names what the part is showing (the detail panel's video id): each time it changes, the element
 * focused at that moment, outside the part, is remembered as the opener. Nothing focused (the panel opened from
 * the URL hash) means no opener.
 */
export function useReturnFocus(ref: RefObject<HTMLElement | null>, fallback?: FocusFallback, openedBy?: unknown) {
  const opener = useRef<HTMLElement | null>(null);
  const latest = useRef(fallback);
  latest.current = fallback;

  // Layout effects: the capture runs before the part moves focus inside itself (a plain effect), and the cleanup
  // runs while the part is still in the DOM, so it can tell whether focus was inside.
  useLayoutEffect(() => {
    const node = ref.current;
    if (!node || openedBy === undefined) return;
    const active = node.ownerDocument.activeElement;
    if (active instanceof HTMLElement && !lost(active, node.ownerDocument) && !node.contains(active)) {
      opener.current = active;
    }
  }, [ref, openedBy]);

  useLayoutEffect(() => {
    const node = ref.current;
    if (!node) return;
    return () => {
      const doc = node.ownerDocument;
      const active = doc.activeElement;
      if (!lost(active, doc) && !node.contains(active)) return;
      const target = opener.current?.isConnected ? opener.current : latest.current?.();
      target?.focus();
    };
  }, [ref]);
}
