import { useRef, useState } from 'react';
import { SHORTLIST_STATUSES } from '@/lib/schemas/enums';
import type { ShortlistStatus } from '@/lib/schemas/shortlist';
import { STATUS_LABEL } from './labels';

export interface StatusSelectProps {
  value: ShortlistStatus;
  onChange: (status: ShortlistStatus) => void;
  /** Names the video, e.g. "Status of @glowlab's video": a list of identical "Status" selects is unusable by ear. */
  label: string;
  disabled?: boolean;
  className?: string;
}

/** Keys that step a closed native select to another option (Chromium and Firefox fire `change` at once). */
const isStepKey = (key: string) =>
  key.startsWith('Arrow') ||
  key === 'Home' ||
  key === 'End' ||
  key.startsWith('Page') ||
  (key.length === 1 && key !== ' ');

/**
 * The outreach status of one shortlisted video, as a native select (keyboard and screen readers for free). A choice
 * made with the mouse (or in the open list) saves at once; stepping through the options with the arrow keys or
 * type-ahead only shows them, and Enter or leaving the select saves the one shown (Escape puts the saved one back):
 * each step saving would stamp an edit time per status passed, and under a status filter hide the row mid-way.
 */
export function StatusSelect({ value, onChange, label, disabled, className }: StatusSelectProps) {
  const [shown, setShown] = useState<ShortlistStatus | null>(null);
  const stepping = useRef(false);
  const current = shown ?? value;
  const commit = () => {
    if (shown !== null && shown !== value) onChange(shown);
    setShown(null);
  };
  return (
    <select
      className={`ss-select ss-status-select ss-status-select--${current}${className ? ` ${className}` : ''}`}
      aria-label={label}
      value={current}
      disabled={disabled}
      onKeyDown={(e) => {
        if (isStepKey(e.key)) stepping.current = true;
        else if (e.key === 'Enter') commit();
        else if (e.key === 'Escape' && shown !== null) {
          e.stopPropagation(); // only the stepping is undone, not the panel or dialog around it closed
          setShown(null);
        }
      }}
      onKeyUp={() => {
        stepping.current = false;
      }}
      onChange={(e) => {
        const next = e.target.value as ShortlistStatus;
        if (stepping.current) setShown(next);
        else {
          setShown(null);
          onChange(next);
        }
      }}
      onBlur={commit}
    >
      {SHORTLIST_STATUSES.map((s) => (
        <option key={s} value={s}>
          {STATUS_LABEL[s]}
        </option>
      ))}
    </select>
  );
}
