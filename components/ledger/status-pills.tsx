import type { AuthStatus } from '@/lib/schemas/authorization';
import { AUTH_STATUS_LABEL } from './labels';

export interface StatusPillsProps {
  status: AuthStatus;
  /** In its last week (isExpiringAt): an in-use code gets a second "Expiring" pill beside its own. */
  expiring: boolean;
}

/** A code's status as the ledger and the panel show it: "In use" stays while the ad runs, with "Expiring" near the end. */
export function StatusPills({ status, expiring }: StatusPillsProps) {
  return (
    <>
      <span className="ss-auth-status" data-status={status}>
        {AUTH_STATUS_LABEL[status]}
      </span>
      {expiring && status !== 'expiring' && (
        <>
          {' '}
          <span className="ss-auth-status" data-status="expiring">
            {AUTH_STATUS_LABEL.expiring}
          </span>
        </>
      )}
    </>
  );
}
