import { useId, useState } from 'react';
import { MAX_NOTE_LENGTH } from '@/lib/schemas/enums';
import type { ShortlistEntry } from '@/lib/schemas/shortlist';
import { Section } from '@/components/shared/section';
import { StatusSelect } from '@/components/shared/status-select';
import { TagInput } from '@/components/shared/tag-input';
import type { DashboardActions } from './types';
import { errorMessage } from '@/lib/error-message';

export interface DetailEditProps {
  entry: ShortlistEntry;
  actions: Pick<DashboardActions, 'setStatus' | 'setTags' | 'setNote'>;
  onError: (message: string) => void;
}

/** Status, tags and note of one video. Status and tags save as they change; the note on "Save note". */
export function DetailEdit({ entry, actions, onError }: DetailEditProps) {
  const [text, setText] = useState('');
  const [note, setNote] = useState(entry.note);
  const [saved, setSaved] = useState(entry.note);
  const noteId = useId();
  // Another tab (or the popup) changed the note: follow it unless this one has unsaved edits.
  if (entry.note !== saved) {
    setSaved(entry.note);
    if (note === saved) setNote(entry.note);
  }
  const fail = (what: string) => (e: unknown) => onError(`Couldn't ${what}: ${errorMessage(e)}`);
  return (
    <Section title="Outreach" className="ss-detail-edit">
      <span className="ss-field-label" aria-hidden="true">
        Status
      </span>
      <StatusSelect
        value={entry.status}
        label="Status"
        onChange={(s) => actions.setStatus([entry.videoId], s).catch(fail('change the status'))}
      />
      <TagInput
        label="Tags"
        tags={entry.tags}
        text={text}
        placeholder="Add a tag"
        onChange={(tags, t) => {
          setText(t);
          if (tags.length !== entry.tags.length || tags.some((x, i) => x !== entry.tags[i])) {
            actions.setTags(entry.videoId, entry.tags, tags).catch(fail('save the tags'));
          }
        }}
      />
      <label className="ss-field-label" htmlFor={noteId}>
        Note
      </label>
      <textarea
        id={noteId}
        className="ss-textarea"
        rows={3}
        maxLength={MAX_NOTE_LENGTH}
        value={note}
        onChange={(e) => setNote(e.target.value)}
      />
      <div className="ss-detail-edit__actions">
        <button
          type="button"
          className="ss-btn ss-btn--ghost ss-btn--sm"
          disabled={note === entry.note}
          onClick={() => actions.setNote(entry.videoId, note).catch(fail('save the note'))}
        >
          Save note
        </button>
        {note !== entry.note && <span className="ss-muted">Unsaved changes</span>}
      </div>
    </Section>
  );
}
