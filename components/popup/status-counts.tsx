import { SHORTLIST_STATUSES, type ShortlistStatus } from '@/lib/schemas/shortlist';
import { formatExact } from '@/components/shared/format';
import { STATUS_LABEL } from '@/components/shared/labels';

/** How many shortlisted videos are at each outreach step. */
export function StatusCounts({ counts }: { counts: Readonly<Record<ShortlistStatus, number>> | undefined }) {
  return (
    <dl className="ss-counts" aria-label="Shortlist by status">
      {SHORTLIST_STATUSES.map((s) => (
        <div key={s} className={`ss-counts__item ss-counts__item--${s}`}>
          <dt>{STATUS_LABEL[s]}</dt>
          <dd>{counts ? formatExact(counts[s]) : '…'}</dd>
        </div>
      ))}
    </dl>
  );
}
