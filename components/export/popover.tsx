import { type ReactNode, useEffect, useId, useLayoutEffect, useRef, useState } from 'react';

export interface PopoverProps {
  /** The trigger button's text; also its accessible name. */
  label: string;
  /** The panel's accessible name (a dialog). */
  title: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  children: ReactNode;
  disabled?: boolean;
  /** The trigger's tooltip (e.g. why it is disabled). */
  hint?: string;
  /**
   * Which edge of the trigger the panel lines up with; the other one when that would put the panel past the edge of
   * the window (the bulk bar's button sits further right on a narrow window).
   */
  align?: 'start' | 'end';
  className?: string;
}

const FOCUSABLE = 'input:not([disabled]), button:not([disabled]), select:not([disabled]), a[href]';

/**
 * A button that opens a small non-modal dialog under it. Escape closes it and gives focus back to the button; a click
 * outside closes it. Opening moves focus to the panel's first control, so a keyboard user lands on the options.
 */
export function Popover(p: PopoverProps) {
  const { open, onOpenChange } = p;
  const root = useRef<HTMLDivElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const id = useId();
  const preferred = p.align ?? 'end';
  const [flipped, setFlipped] = useState(false);
  const side = flipped ? (preferred === 'start' ? 'end' : 'start') : preferred;

  // Before paint: the panel is measured where the preferred side puts it, and moved once if it does not fit.
  useLayoutEffect(() => {
    if (!open) return setFlipped(false);
    const rect = panel.current?.getBoundingClientRect();
    if (!rect || flipped) return;
    const width = document.documentElement.clientWidth || window.innerWidth;
    if (preferred === 'start' ? rect.right > width : rect.left < 0) setFlipped(true);
  }, [open, preferred, flipped]);

  useEffect(() => {
    if (open) panel.current?.querySelector<HTMLElement>(FOCUSABLE)?.focus();
  }, [open]);

  useEffect(() => {
    if (!open) return;
    const outside = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) onOpenChange(false);
    };
    // On the document, not the panel: focus can leave the panel without the user (a control it was on is disabled
    // while an export runs), and Escape must still close it.
    const escape = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      e.preventDefault();
      onOpenChange(false);
      trigger.current?.focus();
    };
    document.addEventListener('pointerdown', outside);
    document.addEventListener('keydown', escape);
    return () => {
      document.removeEventListener('pointerdown', outside);
      document.removeEventListener('keydown', escape);
    };
  }, [open, onOpenChange]);

  return (
    <div ref={root} className={`ss-popover ss-popover--${side}${p.className ? ` ${p.className}` : ''}`}>
      <button
        ref={trigger}
        type="button"
        className="ss-btn ss-btn--ghost ss-btn--sm"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        aria-haspopup="dialog"
        disabled={p.disabled}
        title={p.hint}
        onClick={() => onOpenChange(!open)}
      >
        {p.label}
      </button>
      {open && (
        <div ref={panel} id={id} role="dialog" aria-label={p.title} className="ss-popover__panel">
          {p.children}
        </div>
      )}
    </div>
  );
}
