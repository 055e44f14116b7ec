import { useRef, useState, type ClipboardEvent } from 'react';
import { describeCodeWarning, maskCode, normalizeCode } from '@/lib/ledger/code';

export interface CodeFieldProps {
  id: string;
  value: string;
  onChange: (value: string) => void;
}

/**
 * The code as pasted from a DM or email. Paste and blur strip what chat apps wrap around a code (spaces, line
 * breaks, quotes at the ends) and say so; anything odd inside the code stays and gets a warning to compare it
 * with what the creator sent, because a silently "fixed" code that Ads Manager rejects is worse than a flagged one.
 * A whole pasted message with one code in it stays as pasted too, with a button to keep just the code.
 */
export function CodeField({ id, value, onChange }: CodeFieldProps) {
  const [checked, setChecked] = useState(false);
  const [trimmed, setTrimmed] = useState(false);
  const input = useRef<HTMLTextAreaElement>(null);

  const settle = (raw: string) => {
    const n = normalizeCode(raw);
    const next = n.ok ? n.code : raw;
    // Around a message, what was removed was not "around the code".
    setTrimmed(n.ok && next !== raw && n.found === undefined);
    setChecked(raw.trim() !== '');
    onChange(next);
  };
  const onPaste = (e: ClipboardEvent<HTMLTextAreaElement>) => {
    const pasted = e.clipboardData.getData('text');
    if (!pasted) return;
    e.preventDefault();
    const el = e.currentTarget;
    settle(value.slice(0, el.selectionStart) + pasted + value.slice(el.selectionEnd));
  };
  const keepFound = (code: string) => {
    setTrimmed(false);
    onChange(code);
    input.current?.focus();
  };

  const result = value.trim() === '' ? null : normalizeCode(value);
  const hintId = `${id}-hint`;
  return (
    <div className="ss-field">
      <label htmlFor={id}>Authorization code</label>
      <textarea
        ref={input}
        id={id}
        className="ss-input ss-code-input"
        rows={2}
        value={value}
        spellCheck={false}
        autoComplete="off"
        autoCapitalize="off"
        placeholder="Paste the code the creator sent (#…)"
        aria-describedby={hintId}
        aria-invalid={checked && result !== null && !result.ok}
        onChange={(e) => {
          setChecked(false);
          setTrimmed(false);
          onChange(e.target.value);
        }}
        onPaste={onPaste}
        onBlur={() => settle(value)}
      />
      <div id={hintId} aria-live="polite">
        {trimmed && <p className="ss-note">Removed spaces and quotes around the code.</p>}
        {checked && result && !result.ok && <p className="ss-error">{result.reason}</p>}
        {checked && result?.ok && result.warnings.length > 0 && (
          <ul className="ss-warnings" aria-label="Check this code">
            {result.warnings.map((w) => (
              <li key={w}>
                {describeCodeWarning(w)}
                {w === 'message-text' && result.found && (
                  <>
                    {' '}
                    <button type="button" className="ss-button" onClick={() => keepFound(result.found!)}>
                      Use {maskCode(result.found)}
                    </button>
                  </>
                )}
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
