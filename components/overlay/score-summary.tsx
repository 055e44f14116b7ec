import type { ScoreResult } from '@/lib/schemas/score';
import { BandBadge } from '@/components/shared/band-badge';
import { formatShare } from '@/components/shared/format';
import { OBJECTIVE_LABEL } from '@/components/shared/labels';

/** The headline: total out of 100 in the band's colour, the band, and how sure the score is. */
export function ScoreSummary({ result }: { result: ScoreResult }) {
  const total = Math.round(result.total);
  return (
    <div className="ss-summary">
      <p className={`ss-total ss-total--${result.band}`} aria-label={`Score ${total} of 100`}>
        <span className="ss-total__value">{total}</span>
        <span className="ss-total__max" aria-hidden="true">
          /100
        </span>
      </p>
      <div className="ss-summary__side">
        <BandBadge band={result.band} />
        <p className="ss-muted">
          {OBJECTIVE_LABEL[result.objective]} · confidence {formatShare(result.confidence)}
        </p>
      </div>
    </div>
  );
}
