import { useState } from 'react';
import { FACTORS, OBJECTIVES, type Objective } from '@/lib/schemas/score';
import type { Weights } from '@/lib/schemas/settings';
import { FACTOR_LABEL, OBJECTIVE_LABEL } from '@/components/shared/labels';
import { sharesOf } from './shares';
import { parseWeight, type FieldErrors } from './validate';

export interface WeightsTableProps {
  weights: Readonly<Record<Objective, Weights>>;
  presets: Readonly<Record<Objective, Weights>>;
  onChange: (objective: Objective, weights: Weights) => void;
  errors: FieldErrors;
}

/**
 * One column of factor weights per objective. Weights are relative (0–10): the score renormalizes them over the
 * factors that had data, so the share each one gets is shown beside it.
 *
 * The boxes are text, not type="number": Chromium's number box reads "1,5" as 15 (the comma as a thousands
 * separator) where much of the world writes 1.5, so the text is read here with either decimal mark.
 */
export function WeightsTable({ weights, presets, onChange, errors }: WeightsTableProps) {
  // What was typed in each box, shown while it still reads as the weight: "1," on its way to "1,5" stays, and so
  // does text that is not a number (with the error beside it); a preset or reset shows the new number instead.
  const [typed, setTyped] = useState<Record<string, string>>({});
  return (
    <table className="ss-weights">
      <thead>
        <tr>
          <th scope="col">Factor</th>
          {OBJECTIVES.map((o) => (
            <th key={o} scope="col">
              {OBJECTIVE_LABEL[o]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {FACTORS.map((f) => (
          <tr key={f}>
            <th scope="row">{FACTOR_LABEL[f]}</th>
            {OBJECTIVES.map((o) => {
              const key = `${o}.${f}`;
              // A box's own problem, or its column's (every weight 0).
              const error = errors[`weights.${key}`] ?? errors[`weights.${o}`];
              const text = typed[key];
              const weight = weights[o][f];
              return (
                <td key={o}>
                  <input
                    type="text"
                    inputMode="decimal"
                    autoComplete="off"
                    className="ss-input ss-weights__input"
                    aria-label={`${FACTOR_LABEL[f]} weight for ${OBJECTIVE_LABEL[o]}`}
                    aria-invalid={error ? true : undefined}
                    title={error}
                    value={
                      text !== undefined && Object.is(parseWeight(text), weight)
                        ? text
                        : Number.isFinite(weight)
                          ? String(weight)
                          : ''
                    }
                    onChange={(e) => {
                      const value = e.target.value;
                      setTyped((t) => ({ ...t, [key]: value }));
                      onChange(o, { ...weights[o], [f]: parseWeight(value) });
                    }}
                  />
                  <span className="ss-weights__share">{sharesOf(weights[o])[f]}</span>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <td />
          {OBJECTIVES.map((o) => (
            <td key={o}>
              <button
                type="button"
                className="ss-link-btn"
                onClick={() => onChange(o, { ...presets[o] })}
                aria-label={`Reset ${OBJECTIVE_LABEL[o]} weights to the preset`}
              >
                Reset to preset
              </button>
            </td>
          ))}
        </tr>
      </tfoot>
    </table>
  );
}
