import { type FormEvent, useId, useState } from 'react';
import type { Band } from '@/lib/schemas/score';
import { TagInput } from '@/components/shared/tag-input';
import { addTags } from '@/components/shared/tags';
import type { ShortlistDraft } from './types';

export interface ShortlistPanelProps {
  shortlisted: boolean;
  band: Band;
  onShortlist: (draft: ShortlistDraft) => Promise<void> | void;
}

/**
 * "Add to shortlist" with optional tags and note; becomes "Shortlisted" once saved. The main button stays the same
 * element through saving and success (aria-disabled, not disabled) so keyboard focus never drops out of the card.
 */
export function ShortlistPanel({ shortlisted, band, onShortlist }: ShortlistPanelProps) {
  const [phase, setPhase] = useState<'idle' | 'saving' | 'done'>('idle');
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [tags, setTags] = useState<string[]>([]);
  const [text, setText] = useState('');
  const [note, setNote] = useState('');
  const noteId = useId();
  const done = shortlisted || phase === 'done';

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (done || phase === 'saving') return;
    setPhase('saving');
    setError(null);
    try {
      await onShortlist({ tags: addTags(tags, text), note: note.trim() });
      setPhase('done');
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
      setPhase('idle');
    }
  };

  return (
    <form className="ss-shortlist" onSubmit={submit}>
      {!done && open && (
        <div className="ss-shortlist__fields">
          <TagInput
            label="Tags"
            tags={tags}
            text={text}
            placeholder="e.g. ugc, summer"
            onChange={(t, x) => {
              setTags(t);
              setText(x);
            }}
          />
          <label className="ss-field-label" htmlFor={noteId}>
            Note
          </label>
          <textarea
            id={noteId}
            className="ss-textarea"
            rows={2}
            maxLength={10_000}
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
        </div>
      )}
      {!done && (band === 'weak' || band === 'ineligible') && (
        <p className="ss-muted ss-shortlist__hint">Can still be shortlisted: its reasons are kept with it.</p>
      )}
      <div className="ss-shortlist__actions">
        {!done && (
          <button type="button" className="ss-btn ss-btn--ghost" aria-expanded={open} onClick={() => setOpen(!open)}>
            Tags and note
          </button>
        )}
        <button
          type="submit"
          className={`ss-btn ${done ? 'ss-btn--done' : 'ss-btn--primary'}`}
          aria-disabled={done || phase === 'saving' ? true : undefined}
        >
          {done ? (
            <>
              <span aria-hidden="true">✓ </span>Shortlisted
            </>
          ) : phase === 'saving' ? (
            'Adding…'
          ) : (
            'Add to shortlist'
          )}
        </button>
      </div>
      {error !== null && (
        <p className="ss-error" role="alert">
          Couldn't add to shortlist: {error}
        </p>
      )}
    </form>
  );
}
