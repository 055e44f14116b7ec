import { useId } from 'react';
import { OBJECTIVES } from '@/lib/schemas/enums';
import type { Objective } from '@/lib/schemas/score';
import { OBJECTIVE_LABEL } from '@/components/shared/labels';

/** Segmented control over native radios: arrow keys move between objectives the way browsers already do. */
export function ObjectiveSwitch({ value, onChange }: { value: Objective; onChange: (o: Objective) => void }) {
  const name = useId();
  return (
    <div className="ss-segmented" role="radiogroup" aria-label="Objective">
      {OBJECTIVES.map((o) => (
        <label key={o} className={`ss-segmented__option${o === value ? ' ss-segmented__option--on' : ''}`}>
          <input
            type="radio"
            className="ss-visually-hidden"
            name={name}
            value={o}
            checked={o === value}
            onChange={() => onChange(o)}
          />
          <span>{OBJECTIVE_LABEL[o]}</span>
        </label>
      ))}
    </div>
  );
}
