import type { Stat } from '@/lib/schemas/video';
import { statText } from './format';

/**
 * A count with its precision spelled out: "1,585,253 exact" or "≈1.1M (from page text)".
 * Marketers compare these numbers across videos, so an estimate must never pass for an exact figure.
 */
export function StatCell({ stat }: { stat: Stat | null }) {
  const text = statText(stat);
  if (text === null) {
    return <span className="ss-stat ss-stat--missing">— not available</span>;
  }
  return (
    <span className={`ss-stat ${text.exact ? 'ss-stat--exact' : 'ss-stat--approx'}`}>
      <span className="ss-stat__value">{text.value}</span>{' '}
      <span className="ss-stat__mark">{text.exact ? text.mark : `(${text.mark})`}</span>
    </span>
  );
}
