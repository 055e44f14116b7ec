import { useState } from 'react';
import type { LedgerData } from '@/lib/ui/ledger-data';
import { countByStatus, filterRows, type LedgerRow as Row, type StatusFilter as Filter } from '@/lib/ui/ledger-rows';
import { AUTH_STATUS_LABEL } from '@/components/ledger/labels';
import { LedgerRow } from './ledger-row';
import { StatusFilter } from './status-filter';

export interface LedgerTableProps {
  /** Running codes by soonest expiry, then ended ones most recent first (lib/ui/ledger-rows). */
  rows: Row[];
  bad?: LedgerData['bad'];
  now: number;
  timeZone?: string;
  includeReplaced: boolean;
  onIncludeReplacedChange: (include: boolean) => void;
  onOpenVideo?: (videoId: string) => void;
  /** The video whose detail panel is open (its rows get aria-current). */
  activeVideoId?: string | null;
  initialFilter?: Filter;
}

/**
 * Every code, running ones by soonest expiry and then ended ones, filterable by status; codes stay masked until
 * revealed one by one.
 */
export function LedgerTable({
  rows,
  bad = [],
  now,
  timeZone,
  includeReplaced,
  onIncludeReplacedChange,
  onOpenVideo,
  activeVideoId = null,
  initialFilter = 'all',
}: LedgerTableProps) {
  const [filter, setFilter] = useState<Filter>(initialFilter);
  const shown = filterRows(rows, filter);
  return (
    <section className="ss-ledger" aria-labelledby="ss-ledger-title">
      <h2 id="ss-ledger-title">Authorization ledger</h2>
      <div className="ss-ledger__controls">
        <StatusFilter value={filter} counts={countByStatus(rows)} total={rows.length} onChange={setFilter} />
        <label className="ss-check">
          <input
            type="checkbox"
            checked={includeReplaced}
            onChange={(e) => onIncludeReplacedChange(e.target.checked)}
          />{' '}
          Show replaced codes
        </label>
      </div>
      {bad.length > 0 && (
        <details className="ss-warning">
          <summary>
            {bad.length} stored code record{bad.length === 1 ? '' : 's'} could not be read and{' '}
            {bad.length === 1 ? 'is' : 'are'} not listed
          </summary>
          <ul>
            {bad.map((b) => (
              <li key={b.id}>
                {b.id}: {b.reason}
              </li>
            ))}
          </ul>
        </details>
      )}
      {shown.length === 0 ? (
        <p className="ss-muted">
          {rows.length === 0
            ? 'No authorization codes yet. Add one from a shortlisted video’s detail panel.'
            : `No ${filter === 'all' ? '' : `${AUTH_STATUS_LABEL[filter as Exclude<Filter, 'all'>].toLowerCase()} `}codes.`}
        </p>
      ) : (
        <table className="ss-ledger__table">
          <thead>
            <tr>
              <th scope="col">Video</th>
              <th scope="col" className="ss-ledger__code-col">
                Code
              </th>
              <th scope="col">Status</th>
              {/* Not "ascending": ended codes follow the running ones, most recently ended first. */}
              <th scope="col" aria-sort="other">
                Expiry
              </th>
              <th scope="col" className="ss-ledger__wide">
                Campaign ends
              </th>
              <th scope="col" className="ss-ledger__wide">
                <span className="ss-visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <LedgerRow
                key={row.auth.id}
                row={row}
                now={now}
                timeZone={timeZone}
                onOpenVideo={onOpenVideo}
                active={row.auth.videoId === activeVideoId}
              />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
