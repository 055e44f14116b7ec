import { BANDS } from '@/lib/schemas/score';
import { formatExact } from '@/components/shared/format';
import { BAND_LABEL } from '@/components/shared/labels';
import type { BandCounts, RescoreView } from './types';

export interface RescorePanelProps {
  view: RescoreView;
  onStart: () => void;
  onCancel: () => void;
  onDismiss: () => void;
  /** Why rescoring is not possible right now (empty shortlist, scoring not loaded); null when it is. */
  unavailable?: string | null;
}

const ROWS = [...BANDS, 'unscored'] as const;
const label = (b: (typeof ROWS)[number]) => (b === 'unscored' ? 'Not scored' : BAND_LABEL[b]);

function delta(before: number, after: number): string {
  const d = after - before;
  return d === 0 ? '±0' : `${d > 0 ? '+' : '−'}${formatExact(Math.abs(d))}`;
}

function BandTable({ before, after }: { before: BandCounts; after: BandCounts }) {
  return (
    <table className="ss-bands">
      <caption className="ss-visually-hidden">Band counts before and after rescoring</caption>
      <thead>
        <tr>
          <th scope="col">Band</th>
          <th scope="col">Before</th>
          <th scope="col">After</th>
          <th scope="col">Change</th>
        </tr>
      </thead>
      <tbody>
        {ROWS.map((b) => (
          <tr key={b}>
            <th scope="row">
              <span className={`ss-dot ss-dot--${b}`} aria-hidden="true" />
              {label(b)}
            </th>
            <td>{formatExact(before[b])}</td>
            <td>{formatExact(after[b])}</td>
            <td>{delta(before[b], after[b])}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** "Rescore all" after weights or objective changed: progress while it runs, then old vs new band counts. */
export function RescorePanel({ view, onStart, onCancel, onDismiss, unavailable = null }: RescorePanelProps) {
  if (view.phase === 'idle') {
    return (
      <button
        type="button"
        className="ss-btn ss-btn--ghost ss-btn--sm"
        onClick={onStart}
        disabled={unavailable !== null}
        title={unavailable ?? 'Score every shortlisted video again with the current settings'}
      >
        Rescore all
      </button>
    );
  }
  return (
    <div className="ss-rescore" role="region" aria-label="Rescore all">
      {view.phase === 'running' && (
        <>
          <progress className="ss-progress" aria-label="Rescoring" value={view.done} max={view.total} />
          <span aria-live="polite">
            Rescoring {formatExact(view.done)} of {formatExact(view.total)}…
          </span>
          <button type="button" className="ss-btn ss-btn--ghost ss-btn--sm" onClick={onCancel}>
            Cancel
          </button>
        </>
      )}
      {view.phase === 'saving' && (
        <>
          <progress className="ss-progress" aria-label="Saving scores" />
          <span aria-live="polite">Saving {formatExact(view.total)} scores…</span>
        </>
      )}
      {view.phase === 'done' && (
        <>
          <p role="status">
            Rescored {formatExact(view.rescored)} videos
            {view.skipped > 0 ? `; ${formatExact(view.skipped)} skipped (no readable full record)` : ''}.
          </p>
          <BandTable before={view.before} after={view.after} />
          <button type="button" className="ss-btn ss-btn--ghost ss-btn--sm" onClick={onDismiss}>
            Done
          </button>
        </>
      )}
      {view.phase === 'error' && (
        <>
          <p className="ss-error" role="alert">
            Rescoring failed: {view.message}. Nothing was changed.
          </p>
          <button type="button" className="ss-btn ss-btn--ghost ss-btn--sm" onClick={onDismiss}>
            Dismiss
          </button>
        </>
      )}
    </div>
  );
}
