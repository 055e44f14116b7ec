import type { Band } from '@/lib/schemas/score';
import { BAND_LABEL } from './labels';

/** Compact score for list rows: the rounded total in its band's colour, the band spelled out for screen readers. */
export function ScorePill({ score, band }: { score: number | null; band: Band | null }) {
  if (score === null || band === null) {
    return (
      <span className="ss-score ss-score--none" title="Not scored for this objective yet">
        —<span className="ss-visually-hidden"> not scored</span>
      </span>
    );
  }
  const total = Math.round(score);
  return (
    <span className={`ss-score ss-score--${band}`} title={`${BAND_LABEL[band]}: ${total} of 100`}>
      {total}
      <span className="ss-visually-hidden"> of 100, {BAND_LABEL[band]}</span>
    </span>
  );
}
