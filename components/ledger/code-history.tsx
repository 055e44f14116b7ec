import { describeExpiry, formatExpiryDate } from '@/lib/ledger/describe';
import { statusAt } from '@/lib/ledger/expiry';
import type { Authorization } from '@/lib/schemas/authorization';
import { AUTH_STATUS_LABEL, durationLabel } from './labels';
import { MaskedCode } from './masked-code';

export interface CodeHistoryProps {
  /** Newest first. */
  records: Authorization[];
  currentId: string | null;
  now: number;
  timeZone?: string;
}

function role(a: Authorization, currentId: string | null): string {
  if (a.id === currentId) return 'Current';
  if (a.supersededBy !== null) return 'Replaced';
  if (a.code === null) return 'Renewal requested';
  return 'Earlier code';
}

/** Every code the video has had, newest first; the current one is marked and outlined. */
export function CodeHistory({ records, currentId, now, timeZone }: CodeHistoryProps) {
  if (records.length < 2) return null;
  return (
    <section className="ss-history" aria-label="Code history">
      <h3>Code history</h3>
      <ol className="ss-history__list">
        {records.map((a, i) => (
          <li
            key={a.id}
            className="ss-history__item"
            data-current={a.id === currentId}
            aria-current={a.id === currentId ? 'true' : undefined}
          >
            <strong className="ss-history__role">{role(a, currentId)}</strong>{' '}
            {a.code ? (
              <MaskedCode code={a.code} label={`code ${records.length - i} of ${records.length}`} />
            ) : (
              <span className="ss-muted">no code yet</span>
            )}
            <span className="ss-history__meta">
              {AUTH_STATUS_LABEL[statusAt(a, now, timeZone)]} · {describeExpiry(a, now, { timeZone })}
              {a.grantedAt !== null &&
                a.grantedDays !== null &&
                ` · granted ${formatExpiryDate(a.grantedAt, { timeZone })} for ${durationLabel(a.grantedDays)}`}
              {a.code === null && a.requestedDays !== null && ` · asked for ${durationLabel(a.requestedDays)}`}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
