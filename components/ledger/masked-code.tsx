import { useEffect, useRef, useState, type FocusEvent } from 'react';
import { maskCode } from '@/lib/ledger/code';
import { copyText } from './clipboard';

/** How long a revealed code stays readable: long enough to compare it with a message, short enough to forget. */
export const REVEAL_MS = 30_000;

export interface MaskedCodeProps {
  code: string;
  /** Names the code for assistive tech and the buttons, e.g. "code for @glowwithmia". */
  label: string;
}

/**
 * A code shown as "#AbCd••••x9=" until "Reveal" is pressed. Anyone holding a code can run the creator's video as
 * an ad, so it hides again after REVEAL_MS, when focus leaves it, and when the window loses focus (screen sharing,
 * switching apps). "Copy code" copies the full code without revealing it.
 */
export function MaskedCode({ code, label }: MaskedCodeProps) {
  const [revealed, setRevealed] = useState(false);
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copyTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  // Hiding shrinks the code, and what follows moves. When a press elsewhere takes the focus, the code hides only
  // once that press is released (and its click delivered), so the click lands where the pointer went down.
  const press = useRef({ down: false, hideOnRelease: false });

  useEffect(() => {
    if (!revealed) return;
    const hide = () => setRevealed(false);
    const timer = setTimeout(hide, REVEAL_MS);
    let afterClick: ReturnType<typeof setTimeout> | undefined;
    const down = () => void (press.current.down = true);
    const up = () => {
      press.current.down = false;
      if (!press.current.hideOnRelease) return;
      press.current.hideOnRelease = false;
      afterClick = setTimeout(hide, 0);
    };
    window.addEventListener('blur', hide);
    window.addEventListener('pointerdown', down, true);
    window.addEventListener('pointerup', up, true);
    window.addEventListener('pointercancel', up, true);
    return () => {
      clearTimeout(timer);
      clearTimeout(afterClick);
      press.current = { down: false, hideOnRelease: false };
      window.removeEventListener('blur', hide);
      window.removeEventListener('pointerdown', down, true);
      window.removeEventListener('pointerup', up, true);
      window.removeEventListener('pointercancel', up, true);
    };
  }, [revealed]);
  useEffect(() => () => clearTimeout(copyTimer.current), []);

  const onBlur = (e: FocusEvent<HTMLSpanElement>) => {
    if (e.currentTarget.contains(e.relatedTarget as Node | null)) return;
    if (press.current.down) press.current.hideOnRelease = true;
    else setRevealed(false);
  };
  const onCopy = async () => {
    setCopy((await copyText(code)) ? 'copied' : 'failed');
    clearTimeout(copyTimer.current);
    copyTimer.current = setTimeout(() => setCopy('idle'), 3000);
  };

  return (
    <span className="ss-code" onBlur={onBlur}>
      <code className="ss-code__text" data-masked={!revealed} aria-label={revealed ? label : `${label} (hidden)`}>
        {revealed ? code : maskCode(code)}
      </code>
      <button
        type="button"
        className="ss-link-button"
        aria-pressed={revealed}
        aria-label={`${revealed ? 'Hide' : 'Reveal'} ${label}`}
        onClick={() => setRevealed(!revealed)}
      >
        {revealed ? 'Hide' : 'Reveal'}
      </button>
      <button type="button" className="ss-link-button" aria-label={`Copy ${label}`} onClick={onCopy}>
        Copy code
      </button>
      <span role="status" className="ss-code__status">
        {copy === 'copied' ? 'Copied' : copy === 'failed' ? 'Copy blocked: reveal the code and copy it by hand' : ''}
      </span>
    </span>
  );
}
