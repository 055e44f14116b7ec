import type { StatsSnapshot } from '@/lib/schemas/shortlist';
import { formatCompact, formatExact } from '@/components/shared/format';
import { formatDate, formatDateTime } from './format';

type Metric = 'views' | 'likes' | 'comments' | 'shares' | 'saves';
const METRICS: readonly Metric[] = ['views', 'likes', 'comments', 'shares', 'saves'];

const W = 320;
const H = 96;
const PAD = 6;

/** Screen coordinates of the readings that have the metric; pure so it can be tested without a DOM. */
export function chartPoints(
  snaps: readonly StatsSnapshot[],
  metric: Metric,
): Array<{ x: number; y: number; s: StatsSnapshot }> {
  const known = snaps.filter((s) => s[metric] !== null);
  if (known.length === 0) return [];
  const t0 = known[0]!.capturedAt;
  const t1 = known[known.length - 1]!.capturedAt;
  const values = known.map((s) => s[metric]!);
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  return known.map((s) => ({
    x: t1 === t0 ? W / 2 : PAD + ((s.capturedAt - t0) / (t1 - t0)) * (W - 2 * PAD),
    y: hi === lo ? H / 2 : H - PAD - ((s[metric]! - lo) / (hi - lo)) * (H - 2 * PAD),
    s,
  }));
}

/**
 * The change of one count between the first and the last readings that have it (a reading can lack a count TikTok
 * hid at the time); '—' without two such readings.
 */
function change(snapshots: readonly StatsSnapshot[], m: (typeof METRICS)[number]): string {
  const known = snapshots.filter((s) => s[m] !== null);
  if (known.length < 2) return '—';
  const d = known[known.length - 1]![m]! - known[0]![m]!;
  return `${d >= 0 ? '+' : '−'}${formatExact(Math.abs(d))}`;
}

/** Views over time as a small line chart, the change of every count since the first reading, and the readings. */
export function StatsChart({ snapshots }: { snapshots: readonly StatsSnapshot[] }) {
  if (snapshots.length === 0) {
    return <p className="ss-muted">No stats history yet: a reading is saved each time the video's card is opened.</p>;
  }
  const points = chartPoints(snapshots, 'views');
  const first = snapshots[0]!;
  const last = snapshots[snapshots.length - 1]!;
  const label =
    points.length === 0
      ? 'Views were never visible'
      : `Views from ${formatExact(points[0]!.s.views!)} on ${formatDate(points[0]!.s.capturedAt)} to ${formatExact(
          points[points.length - 1]!.s.views!,
        )} on ${formatDate(points[points.length - 1]!.s.capturedAt)}`;
  return (
    <div className="ss-chart">
      <svg className="ss-chart__svg" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label} preserveAspectRatio="none">
        <title>{label}</title>
        {points.length > 1 && (
          <polyline className="ss-chart__line" fill="none" points={points.map((p) => `${p.x},${p.y}`).join(' ')} />
        )}
        {points.map((p) => (
          <circle key={p.s.capturedAt} className="ss-chart__dot" cx={p.x} cy={p.y} r={2.5} />
        ))}
      </svg>
      <p className="ss-chart__caption ss-muted">
        {snapshots.length === 1
          ? `One reading, ${formatDate(first.capturedAt)}`
          : `${snapshots.length} readings, ${formatDate(first.capturedAt)} – ${formatDate(last.capturedAt)}`}
      </p>
      {snapshots.length > 1 && (
        <dl className="ss-deltas">
          {METRICS.map((m) => (
            <div key={m}>
              <dt>{m}</dt>
              <dd>{change(snapshots, m)}</dd>
            </div>
          ))}
        </dl>
      )}
      <details className="ss-readings">
        <summary>All readings</summary>
        <table className="ss-readings__table">
          <thead>
            <tr>
              <th scope="col">When</th>
              {METRICS.map((m) => (
                <th key={m} scope="col">
                  {m}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {[...snapshots].reverse().map((s) => (
              <tr key={s.capturedAt}>
                <th scope="row">
                  {formatDateTime(s.capturedAt)}
                  {!s.exact && <span className="ss-muted"> (≈)</span>}
                </th>
                {METRICS.map((m) => (
                  <td key={m}>{s[m] === null ? '—' : s.exact ? formatExact(s[m]!) : `≈${formatCompact(s[m]!)}`}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </div>
  );
}
