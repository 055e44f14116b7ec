import { type KeyboardEvent, useId, useRef, useState } from 'react';
import { addTags, tagLimitNote } from './tags';

export interface TagInputProps {
  label: string;
  tags: readonly string[];
  /** The text being typed, controlled so a form can take an unfinished tag on submit. */
  text: string;
  onChange: (tags: string[], text: string) => void;
  placeholder?: string;
  /**
   * Confirmed text (Enter, a comma, a paste) and the text left after it. Default: the chips from addTags and the
   * rest in the box; a field with its own limits (the options page) adds what fits and keeps the rest, saying why.
   */
  onAdd?: (raw: string, rest: string) => void;
}

/** Tags as removable chips; a comma or Enter turns the typed text into a chip, Backspace on empty removes one. */
export function TagInput({ label, tags, text, onChange, placeholder, onAdd }: TagInputProps) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  // The default limits are the shortlist's: what they cut or leave out is said under the box, not dropped silently.
  const [note, setNote] = useState<string | null>(null);
  const add =
    onAdd ??
    ((raw: string, rest: string) => {
      setNote(tagLimitNote(tags, raw));
      onChange(addTags(tags, raw), rest);
    });
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter' || e.key === ',') {
      e.preventDefault(); // Enter would submit the surrounding form before the chip exists
      if (text.trim() !== '') add(text, '');
    } else if (e.key === 'Backspace' && text === '' && tags.length > 0) {
      onChange(tags.slice(0, -1), '');
    }
  };
  // A pasted "a, b, c" becomes chips a and b; c stays as text until confirmed.
  const onText = (value: string) => {
    const cut = value.lastIndexOf(',');
    if (cut < 0) onChange([...tags], value);
    else add(value.slice(0, cut), value.slice(cut + 1).trimStart());
  };
  return (
    <div className="ss-tags">
      <label className="ss-field-label" htmlFor={id}>
        {label}
      </label>
      <div className="ss-tags__box">
        {tags.length > 0 && (
          <ul className="ss-tags__list" aria-label={`${label} added`}>
            {tags.map((t) => (
              <li key={t} className="ss-chip">
                <span title={t}>{t}</span>
                <button
                  type="button"
                  className="ss-chip__remove"
                  aria-label={`Remove tag ${t}`}
                  onClick={() => {
                    onChange(
                      tags.filter((x) => x !== t),
                      text,
                    );
                    input.current?.focus(); // the chip and its button are gone; don't drop focus to the page
                  }}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
        <input
          id={id}
          ref={input}
          className="ss-tags__input"
          value={text}
          placeholder={placeholder}
          onChange={(e) => onText(e.target.value)}
          onKeyDown={onKeyDown}
          autoComplete="off"
        />
      </div>
      {note !== null && (
        <p className="ss-muted ss-tags__note" role="status">
          {note}
        </p>
      )}
    </div>
  );
}
