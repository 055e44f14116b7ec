import { formatShare } from './format';

export interface FactorRowProps {
  label: string;
  /** 0..100 */
  score: number;
  /** 0..1, share of the total. */
  weight: number;
  /** 0..1, how much data the score stood on. */
  confidence: number;
  reasons: readonly string[];
}

/** One scoring factor: score bar, weight, confidence and the reasons behind it (text only). */
export function FactorRow({ label, score, weight, confidence, reasons }: FactorRowProps) {
  const rounded = Math.round(score);
  return (
    <li className="ss-factor">
      <div className="ss-factor__head">
        <span className="ss-factor__label">{label}</span>
        <span className="ss-factor__score">{rounded}</span>
      </div>
      <div className="ss-factor__bar" aria-hidden="true">
        <span className="ss-factor__fill" style={{ width: `${Math.max(0, Math.min(100, score))}%` }} />
      </div>
      <div className="ss-factor__meta">
        weight {formatShare(weight)} · confidence {formatShare(confidence)}
      </div>
      {reasons.length > 0 && (
        <ul className="ss-factor__reasons">
          {reasons.map((r, i) => (
            <li key={i}>{r}</li>
          ))}
        </ul>
      )}
    </li>
  );
}
