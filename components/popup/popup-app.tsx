import type { ShortlistStatus } from '@/lib/schemas/shortlist';
import { formatExact } from '@/components/shared/format';
import type { BadRow } from '@/components/shared/row-types';
import { PopupRowItem, type PopupRow } from './popup-row';
import { StatusCounts } from './status-counts';

export interface PopupAppProps {
  /** Recent shortlisted videos, or search results while `query` is set; undefined while loading. */
  rows: readonly PopupRow[] | undefined;
  /** Matches in total when searching (the list shows the first few). */
  matchCount?: number;
  counts: Readonly<Record<ShortlistStatus, number>> | undefined;
  /** Records that could not be read; the popup only counts them, the dashboard lists them. */
  bad?: readonly BadRow[];
  query: string;
  onQueryChange: (query: string) => void;
  onStatusChange: (videoId: string, status: ShortlistStatus) => void;
  /** With a video id, opens the dashboard on that video's detail. */
  onOpenDashboard: (videoId?: string) => void;
  /** A failed status change, shown until the next one. */
  error?: string | null;
}

/** The toolbar popup: counts by status, search, the recent shortlist with quick status changes, and a way out. */
export function PopupApp(p: PopupAppProps) {
  const total = p.counts ? Object.values(p.counts).reduce((a, b) => a + b, 0) : undefined;
  const searching = p.query.trim() !== '';
  return (
    <main className="ss-popup">
      <header className="ss-popup__header">
        <h1 className="ss-popup__title">
          <span className="ss-logo" aria-hidden="true">
            ✦
          </span>
          Spark Scout
        </h1>
        <button type="button" className="ss-btn ss-btn--primary ss-btn--sm" onClick={() => p.onOpenDashboard()}>
          Open dashboard
        </button>
      </header>
      <StatusCounts counts={p.counts} />
      <input
        type="search"
        className="ss-input ss-popup__search"
        aria-label="Search the shortlist"
        placeholder="Search caption, @handle, tag, note"
        value={p.query}
        onChange={(e) => p.onQueryChange(e.target.value)}
      />
      {p.error && (
        <p className="ss-error" role="alert">
          {p.error}
        </p>
      )}
      <section aria-labelledby="ss-popup-list">
        <h2 id="ss-popup-list" className="ss-popup__subtitle">
          {searching
            ? `Matches${p.matchCount !== undefined ? ` (${formatExact(p.matchCount)})` : ''}`
            : 'Recently shortlisted'}
        </h2>
        {p.rows === undefined ? (
          <p className="ss-muted" role="status">
            Loading…
          </p>
        ) : p.rows.length === 0 ? (
          <p className="ss-muted ss-popup__empty">
            {searching
              ? 'Nothing matches.'
              : total === 0
                ? 'Nothing shortlisted yet. Score a TikTok video and press “Add to shortlist”.'
                : 'No recent videos.'}
          </p>
        ) : (
          <ul className="ss-prows">
            {p.rows.map((row) => (
              <PopupRowItem key={row.videoId} row={row} onStatusChange={p.onStatusChange} onOpen={p.onOpenDashboard} />
            ))}
          </ul>
        )}
        {searching && p.matchCount !== undefined && p.rows && p.matchCount > p.rows.length && (
          <p className="ss-muted ss-popup__more">
            Showing {formatExact(p.rows.length)} of {formatExact(p.matchCount)}. Open the dashboard for all.
          </p>
        )}
      </section>
      {p.bad && p.bad.length > 0 && (
        <p className="ss-notice" role="note">
          {p.bad.length === 1
            ? '1 record could not be read and is not in the counts above. The dashboard shows it with the reason.'
            : `${formatExact(p.bad.length)} records could not be read and are not in the counts above. The dashboard lists them with the reasons.`}
        </p>
      )}
    </main>
  );
}
