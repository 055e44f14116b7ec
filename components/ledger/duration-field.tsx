import { useState } from 'react';
import { MAX_DURATION_DAYS, STANDARD_DURATIONS } from '@/lib/schemas/authorization';
import { durationLabel } from './labels';

export interface DurationFieldProps {
  id: string;
  label: string;
  value: number | null;
  onChange: (days: number | null) => void;
  /** Text of the "no value" choice, e.g. "Not known yet". */
  noneLabel: string;
}

const isStandard = (d: number | null) => d !== null && (STANDARD_DURATIONS as readonly number[]).includes(d);

/** TikTok's durations (7, 30, 60, 365 days) as one choice each, or a custom number of days. */
export function DurationField({ id, label, value, onChange, noneLabel }: DurationFieldProps) {
  const [custom, setCustom] = useState(value !== null && !isStandard(value));
  const [customText, setCustomText] = useState(value !== null && !isStandard(value) ? String(value) : '');
  const choice = custom ? 'custom' : value === null ? 'none' : String(value);
  const customDays = Number(customText);
  const customValid = Number.isInteger(customDays) && customDays >= 1 && customDays <= MAX_DURATION_DAYS;

  return (
    <div className="ss-field">
      <label htmlFor={id}>{label}</label>
      <select
        className="ss-select"
        id={id}
        value={choice}
        onChange={(e) => {
          const v = e.target.value;
          setCustom(v === 'custom');
          if (v === 'none') onChange(null);
          else if (v === 'custom') onChange(customValid ? customDays : null);
          else onChange(Number(v));
        }}
      >
        <option value="none">{noneLabel}</option>
        {STANDARD_DURATIONS.map((d) => (
          <option key={d} value={String(d)}>
            {durationLabel(d)}
          </option>
        ))}
        <option value="custom">Custom…</option>
      </select>
      {custom && (
        <span className="ss-field__inline">
          <input
            className="ss-input"
            type="number"
            inputMode="numeric"
            min={1}
            max={MAX_DURATION_DAYS}
            step={1}
            aria-label={`${label} in days`}
            aria-invalid={customText !== '' && !customValid}
            value={customText}
            onChange={(e) => {
              setCustomText(e.target.value);
              const n = Number(e.target.value);
              onChange(Number.isInteger(n) && n >= 1 && n <= MAX_DURATION_DAYS ? n : null);
            }}
          />{' '}
          days
          {customText !== '' && !customValid && (
            <span className="ss-error"> Enter whole days from 1 to {MAX_DURATION_DAYS}.</span>
          )}
        </span>
      )}
    </div>
  );
}
