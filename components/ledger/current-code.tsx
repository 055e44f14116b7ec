import { useId } from 'react';
import { describeExpiry, formatExpiryDate } from '@/lib/ledger/describe';
import { isExpiringAt, statusAt, storedStatus } from '@/lib/ledger/expiry';
import type { Authorization, AuthStatus } from '@/lib/schemas/authorization';
import { AUTH_STATUS_LABEL, durationLabel, localDateLabel, STATUS_CHOICES } from './labels';
import { MaskedCode } from './masked-code';
import { StatusPills } from './status-pills';

export interface CurrentCodeProps {
  auth: Authorization;
  now: number;
  timeZone?: string;
  onStatusChange: (status: AuthStatus) => void;
  onEdit: () => void;
  onRenew: () => void;
}

/** The code the video runs on now: masked code, its expiry in words, the grant and campaign facts, quick status. */
export function CurrentCode({ auth, now, timeZone, onStatusChange, onEdit, onRenew }: CurrentCodeProps) {
  const id = useId();
  const shown = statusAt(auth, now, timeZone);
  const expiring = isExpiringAt(auth, now, timeZone);
  return (
    <div className="ss-current" data-status={shown} data-expiring={expiring || undefined}>
      <p className="ss-current__code">
        <span className="ss-muted">Current code </span>
        {auth.code ? <MaskedCode code={auth.code} label="current code" /> : <span>not received yet</span>}
      </p>
      <p className="ss-current__expiry">
        <StatusPills status={shown} expiring={expiring} /> {describeExpiry(auth, now, { timeZone })}
      </p>
      <dl className="ss-facts">
        {auth.grantedAt !== null && (
          <>
            <dt>Granted</dt>
            <dd>
              {formatExpiryDate(auth.grantedAt, { timeZone })}
              {auth.grantedDays !== null && ` for ${durationLabel(auth.grantedDays)}`}
            </dd>
          </>
        )}
        {auth.requestedDays !== null && (
          <>
            <dt>Requested</dt>
            <dd>{durationLabel(auth.requestedDays)}</dd>
          </>
        )}
        {auth.campaignEndDate && (
          <>
            <dt>Campaign ends</dt>
            <dd>{localDateLabel(auth.campaignEndDate, timeZone)}</dd>
          </>
        )}
        {auth.adAccount && (
          <>
            <dt>Ad account</dt>
            <dd>{auth.adAccount}</dd>
          </>
        )}
      </dl>
      <div className="ss-actions">
        <label htmlFor={`${id}-status`}>Change status</label>
        <select
          className="ss-select"
          id={`${id}-status`}
          value={storedStatus(auth.status)}
          onChange={(e) => onStatusChange(e.target.value as AuthStatus)}
        >
          {STATUS_CHOICES.map((s) => (
            <option key={s} value={s}>
              {AUTH_STATUS_LABEL[s]}
            </option>
          ))}
        </select>
        <button type="button" className="ss-button" onClick={onEdit}>
          {auth.code ? 'Edit' : 'Add the code'}
        </button>
        {auth.code && (
          <button type="button" className="ss-button" onClick={onRenew}>
            Add renewed code
          </button>
        )}
      </div>
    </div>
  );
}
