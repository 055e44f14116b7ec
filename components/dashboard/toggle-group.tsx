export interface ToggleGroupProps<T extends string> {
  label: string;
  options: readonly T[];
  labels: Readonly<Record<T, string>>;
  value: readonly T[];
  onToggle: (value: T) => void;
  /** Optional count per option, shown after its label. */
  counts?: Readonly<Partial<Record<T, number>>>;
}

/** A row of on/off filter buttons (aria-pressed). None pressed means no filter; several pressed means any of them. */
export function ToggleGroup<T extends string>({
  label,
  options,
  labels,
  value,
  onToggle,
  counts,
}: ToggleGroupProps<T>) {
  return (
    <div role="group" aria-label={label} className="ss-toggles">
      <span className="ss-toggles__label" aria-hidden="true">
        {label}
      </span>
      {options.map((o) => (
        <button
          key={o}
          type="button"
          className={`ss-toggle ss-toggle--${o}`}
          aria-pressed={value.includes(o)}
          onClick={() => onToggle(o)}
        >
          {labels[o]}
          {counts?.[o] !== undefined && <span className="ss-toggle__count">{counts[o]}</span>}
        </button>
      ))}
    </div>
  );
}
