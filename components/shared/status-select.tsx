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

/** The outreach status of one shortlisted video, as a native select (keyboard and screen readers for free). */
export function StatusSelect({ value, onChange, label, disabled, className }: StatusSelectProps) {
  return (
    <select
      className={`ss-select ss-status-select ss-status-select--${value}${className ? ` ${className}` : ''}`}
      aria-label={label}
      value={value}
      disabled={disabled}
      onChange={(e) => onChange(e.target.value as ShortlistStatus)}
    >
      {SHORTLIST_STATUSES.map((s) => (
        <option key={s} value={s}>
          {STATUS_LABEL[s]}
        </option>
      ))}
    </select>
  );
}
