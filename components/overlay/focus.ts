/** Focus helpers that see through shadow roots (the overlay lives in one; document.activeElement is its host). */

const FOCUSABLE =
  'a[href],button:not([disabled]),input:not([disabled]):not([type="hidden"]),textarea:not([disabled]),select:not([disabled]),[tabindex]:not([tabindex="-1"])';

/** The element that really has focus, descending into open shadow roots. */
export function deepActiveElement(doc: Document = document): Element | null {
  let active: Element | null = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Tab stops inside `root` in DOM order; of a radio group only the checked radio is a stop, as browsers do. */
export function tabStops(root: HTMLElement): HTMLElement[] {
  const all = [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => !el.closest('[hidden],[inert]'));
  return all.filter((el) => {
    if (!(el instanceof HTMLInputElement) || el.type !== 'radio' || el.checked) return true;
    const group = all.filter((o) => o instanceof HTMLInputElement && o.type === 'radio' && o.name === el.name);
    return !group.some((o) => (o as HTMLInputElement).checked) && group[0] === el;
  });
}
