import { type ReactNode, useRef, useState } from 'react';
import { SHORTLIST_STATUSES, type ShortlistStatus } from '@/lib/schemas/shortlist';
import { formatExact } from '@/components/shared/format';
import { STATUS_LABEL } from '@/components/shared/labels';
import { addTags } from '@/components/shared/tags';
import { type FocusFallback, useReturnFocus } from './use-return-focus';

export interface BulkBarProps {
  selectedCount: number;
  shownCount: number;
  onSelectAll: () => void;
  onClear: () => void;
  onStatus: (status: ShortlistStatus) => void;
  onAddTags: (tags: string[]) => void;
  onRemoveTags: (tags: string[]) => void;
  onDelete: () => void;
  /** Slot for more bulk actions (e.g. "Export CSV" of the selection). */
  extra?: ReactNode;
  busy?: boolean;
  /** Where focus goes when the bar leaves while it has focus (after Delete or Clear selection). */
  focusFallback?: FocusFallback;
}

/** Actions on the selected rows. Deleting asks nothing: it can be undone from the toast that follows. */
export function BulkBar(p: BulkBarProps) {
  const bar = useRef<HTMLDivElement>(null);
  useReturnFocus(bar, p.focusFallback);
  const [tagText, setTagText] = useState('');
  const [status, setStatus] = useState<ShortlistStatus | ''>('');
  const tags = addTags([], tagText);
  const n = formatExact(p.selectedCount);
  return (
    <div ref={bar} className="ss-bulk" role="region" aria-label="Bulk actions">
      <span className="ss-bulk__count" aria-live="polite">
        {n} selected
      </span>
      {p.selectedCount < p.shownCount && (
        <button type="button" className="ss-link-btn" onClick={p.onSelectAll}>
          Select all {formatExact(p.shownCount)} shown
        </button>
      )}
      <button type="button" className="ss-link-btn" onClick={p.onClear}>
        Clear selection
      </button>
      <span className="ss-bulk__sep" aria-hidden="true" />
      {/* Picking only chooses; "Set status" writes. Chromium fires change on ArrowUp/Down in a closed select, so
          committing on change let one key press rewrite thousands of rows. */}
      <select
        className="ss-select"
        aria-label={`New status for ${n} selected`}
        value={status}
        disabled={p.busy}
        onChange={(e) => setStatus(e.target.value as ShortlistStatus | '')}
      >
        <option value="">Status…</option>
        {SHORTLIST_STATUSES.map((s) => (
          <option key={s} value={s}>
            {STATUS_LABEL[s]}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="ss-btn ss-btn--ghost ss-btn--sm"
        disabled={status === '' || p.busy}
        onClick={() => {
          if (status === '') return;
          p.onStatus(status);
          setStatus('');
        }}
      >
        Set status
      </button>
      <input
        className="ss-input ss-bulk__tags"
        aria-label="Tags to add or remove"
        placeholder="tag, another"
        value={tagText}
        onChange={(e) => setTagText(e.target.value)}
      />
      <button
        type="button"
        className="ss-btn ss-btn--ghost ss-btn--sm"
        disabled={tags.length === 0 || p.busy}
        onClick={() => {
          p.onAddTags(tags);
          setTagText('');
        }}
      >
        Add tags
      </button>
      <button
        type="button"
        className="ss-btn ss-btn--ghost ss-btn--sm"
        disabled={tags.length === 0 || p.busy}
        onClick={() => {
          p.onRemoveTags(tags);
          setTagText('');
        }}
      >
        Remove tags
      </button>
      {p.extra}
      <button type="button" className="ss-btn ss-btn--danger ss-btn--sm" disabled={p.busy} onClick={p.onDelete}>
        Delete {n}
      </button>
    </div>
  );
}
