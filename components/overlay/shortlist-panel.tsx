import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { MAX_NOTE_LENGTH } from '@/lib/schemas/enums';
import type { Band } from '@/lib/schemas/score';
import { TagInput } from '@/components/shared/tag-input';
import { addTags } from '@/components/shared/tags';
import type { ShortlistDraft } from './types';
import { errorMessage } from '@/lib/error-message';

export interface ShortlistPanelProps {
  /** The video's id: what was typed is kept under it while the card is closed (see drafts). */
  videoId: string;
  shortlisted: boolean;
  band: Band;
  onShortlist: (draft: ShortlistDraft) => Promise<void> | void;
}

interface Draft {
  open: boolean;
  tags: string[];
  text: string;
  note: string;
}
const EMPTY: Draft = { open: false, tags: [], text: '', note: '' };
/** Drafts kept per video: the most recent few, so the tab's memory stays bounded. */
const MAX_DRAFTS = 20;

/**
 * Tags and notes typed but not yet saved, by video id, for the life of the tab. The card closes on Escape, when its
 * video scrolls away and on navigation; reopening it on the same video brings back what was typed.
 */
const drafts = new Map<string, Draft>();

function keepDraft(videoId: string, draft: Draft): void {
  drafts.delete(videoId);
  if (draft.tags.length === 0 && draft.text.trim() === '' && draft.note.trim() === '') return;
  drafts.set(videoId, draft);
  if (drafts.size > MAX_DRAFTS) drafts.delete(drafts.keys().next().value!);
}

/**
 * "Add to shortlist" with optional tags and note; becomes "Shortlisted" once saved. The main button stays the same
 * element through saving and success (aria-disabled, not disabled) so keyboard focus never drops out of the card.
 */
export function ShortlistPanel({ videoId, shortlisted, band, onShortlist }: ShortlistPanelProps) {
  const [phase, setPhase] = useState<'idle' | 'saving' | 'done'>('idle');
  const [error, setError] = useState<string | null>(null);
  const [draft, setDraft] = useState<Draft>(() => drafts.get(videoId) ?? EMPTY);
  const { open, tags, text, note } = draft;
  const update = (change: Partial<Draft>) => setDraft((d) => ({ ...d, ...change }));
  const fields = useRef<HTMLDivElement>(null);
  const focusFields = useRef(false);
  const noteId = useId();
  const done = shortlisted || phase === 'done';

  useEffect(() => keepDraft(videoId, done ? EMPTY : draft), [videoId, done, draft]);
  // Opened with the button: focus goes to the first field, so typing and Enter do not save the video untagged.
  useEffect(() => {
    if (open && focusFields.current) fields.current?.querySelector('input')?.focus();
    focusFields.current = false;
  }, [open]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (done || phase === 'saving') return;
    setPhase('saving');
    setError(null);
    try {
      await onShortlist({ tags: addTags(tags, text), note: note.trim() });
      setPhase('done');
    } catch (err) {
      setError(errorMessage(err));
      setPhase('idle');
    }
  };

  return (
    <form className="ss-shortlist" onSubmit={submit}>
      {!done && open && (
        <div className="ss-shortlist__fields" ref={fields}>
          <TagInput
            label="Tags"
            tags={tags}
            text={text}
            placeholder="e.g. ugc, summer"
            onChange={(t, x) => update({ tags: t, text: x })}
          />
          <label className="ss-field-label" htmlFor={noteId}>
            Note
          </label>
          <textarea
            id={noteId}
            className="ss-textarea"
            rows={2}
            maxLength={MAX_NOTE_LENGTH}
            value={note}
            onChange={(e) => update({ note: e.target.value })}
          />
        </div>
      )}
      {!done && (band === 'weak' || band === 'ineligible') && (
        <p className="ss-muted ss-shortlist__hint">Can still be shortlisted: its reasons are kept with it.</p>
      )}
      <div className="ss-shortlist__actions">
        {!done && (
          <button
            type="button"
            className="ss-btn ss-btn--ghost"
            aria-expanded={open}
            onClick={() => {
              focusFields.current = !open;
              update({ open: !open });
            }}
          >
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
