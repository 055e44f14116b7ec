import { useId, useState, type FormEvent } from 'react';
import { normalizeCode } from '@/lib/ledger/code';
import { describeExpiry } from '@/lib/ledger/describe';
import { campaignEndWarning, describeWarning } from '@/lib/ledger/warnings';
import { localDateOf, runtimeTimeZone } from '@/lib/ledger/zoned-time';
import type { Authorization } from '@/lib/schemas/authorization';
import { draftCode, draftExpiry, type AuthorizationDraft } from '@/lib/ui/ledger-draft';
import { CodeField } from './code-field';
import { DurationField } from './duration-field';
import { AUTH_STATUS_LABEL, STATUS_CHOICES } from './labels';
import { errorMessage } from '@/lib/error-message';

export type AuthorizationFormMode = 'add' | 'edit' | 'renew';

export interface AuthorizationFormProps {
  mode: AuthorizationFormMode;
  initial: AuthorizationDraft;
  /** The record being edited: its grant instant is kept while the date is unchanged. */
  previous?: Authorization | null;
  now: number;
  timeZone?: string;
  /** Names of the other videos that already hold this code ("@handle"). */
  otherHoldersOf: (code: string) => string[];
  /** In a renewal: whether the code is the one the video already has. */
  isCurrentCode?: (code: string) => boolean;
  onSubmit: (draft: AuthorizationDraft) => Promise<void>;
  onCancel?: () => void;
}

const SUBMIT_LABEL: Record<AuthorizationFormMode, string> = {
  add: 'Save code',
  edit: 'Save changes',
  renew: 'Save new code',
};

function problemOf(draft: AuthorizationDraft): string | null {
  const hasCode = draft.code.trim() !== '';
  if (hasCode) {
    const n = normalizeCode(draft.code);
    if (!n.ok) return n.reason;
  } else if (draft.status !== 'requested') {
    return 'Paste the code, or set the status to "Requested" while you wait for it.';
  }
  return null;
}

/** Add a code, edit one, or record its renewal; shows the expiry it will get and what is wrong with it, as you type. */
export function AuthorizationForm(props: AuthorizationFormProps) {
  const { mode, initial, previous, now, timeZone, otherHoldersOf, isCurrentCode, onSubmit, onCancel } = props;
  const id = useId();
  const [draft, setDraft] = useState(initial);
  const [statusTouched, setStatusTouched] = useState(mode === 'edit');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const set = (patch: Partial<AuthorizationDraft>) => setDraft((d) => ({ ...d, ...patch }));

  const setCode = (code: string) =>
    // Until the user picks a status, it follows the code: a code means it was received.
    set(statusTouched ? { code } : { code, status: code.trim() === '' ? 'requested' : 'received' });

  const clock = { now, timeZone };
  // A code cannot be granted after today: the date input's `max` refuses to submit one, and this says why.
  const today = localDateOf(now, timeZone ?? runtimeTimeZone());
  const futureGrant = draft.grantedDate > today; // 'YYYY-MM-DD' strings order as the dates do
  const expiresAt = draftExpiry(draft, clock, previous);
  const code = draftCode(draft);
  const holders = code === null ? [] : otherHoldersOf(code);
  const sameAsCurrent = code !== null && (isCurrentCode?.(code) ?? false);
  const shortCampaign = campaignEndWarning(
    {
      id: '',
      videoId: '',
      expiresAt,
      campaignEndDate: draft.campaignEndDate || null,
      status: draft.status,
    } as Authorization,
    timeZone,
  );

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const problem = problemOf(draft);
    setError(problem);
    if (problem) return;
    setSaving(true);
    try {
      await onSubmit(draft);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      className="ss-auth-form"
      onSubmit={submit}
      aria-label={mode === 'renew' ? 'New code (renewal)' : mode === 'edit' ? 'Edit code' : 'Add a code'}
    >
      <CodeField id={`${id}-code`} value={draft.code} onChange={setCode} />
      {holders.length > 0 && (
        <p className="ss-warning" role="alert">
          This code is already saved on {holders.join(', ')}. A code works for one video only: check it was pasted on
          the right video.
        </p>
      )}
      {sameAsCurrent && (
        <p className="ss-warning" role="alert">
          This is the code this video already has. A renewal needs the new code the creator generated: check their
          latest message.
        </p>
      )}
      <div className="ss-field-row">
        <DurationField
          id={`${id}-requested`}
          label="Requested duration"
          value={draft.requestedDays}
          noneLabel="Not set"
          onChange={(requestedDays) => set({ requestedDays })}
        />
        <DurationField
          id={`${id}-granted`}
          label="Granted duration"
          value={draft.grantedDays}
          noneLabel="Not known yet"
          onChange={(grantedDays) => set({ grantedDays })}
        />
        <div className="ss-field">
          <label htmlFor={`${id}-granted-on`}>Granted on</label>
          <input
            className="ss-input"
            id={`${id}-granted-on`}
            type="date"
            required
            max={today}
            aria-invalid={futureGrant || undefined}
            value={draft.grantedDate}
            onChange={(e) => set({ grantedDate: e.target.value })}
          />
        </div>
      </div>
      <p className={futureGrant ? 'ss-error' : 'ss-expiry-preview'} aria-live="polite">
        {futureGrant
          ? 'The granted date is in the future: pick the day the creator made the code, today or earlier.'
          : describeExpiry({ status: draft.status, expiresAt }, now, { timeZone })}
      </p>
      <div className="ss-field-row">
        <div className="ss-field">
          <label htmlFor={`${id}-campaign`}>Campaign ends (optional)</label>
          <input
            className="ss-input"
            id={`${id}-campaign`}
            type="date"
            value={draft.campaignEndDate ?? ''}
            onChange={(e) => set({ campaignEndDate: e.target.value || null })}
          />
        </div>
        <div className="ss-field">
          <label htmlFor={`${id}-account`}>Ad account (optional)</label>
          <input
            className="ss-input"
            id={`${id}-account`}
            type="text"
            maxLength={200}
            value={draft.adAccount ?? ''}
            onChange={(e) => set({ adAccount: e.target.value })}
          />
        </div>
        <div className="ss-field">
          <label htmlFor={`${id}-status`}>Status</label>
          <select
            className="ss-select"
            id={`${id}-status`}
            value={draft.status}
            onChange={(e) => {
              setStatusTouched(true);
              set({ status: e.target.value as AuthorizationDraft['status'] });
            }}
          >
            {STATUS_CHOICES.map((s) => (
              <option key={s} value={s}>
                {AUTH_STATUS_LABEL[s]}
              </option>
            ))}
          </select>
        </div>
      </div>
      {shortCampaign && <p className="ss-warning">{describeWarning(shortCampaign, { timeZone })}</p>}
      {error && (
        <p className="ss-error" role="alert">
          {error}
        </p>
      )}
      <div className="ss-actions">
        <button type="submit" className="ss-button ss-button--primary" disabled={saving}>
          {draft.code.trim() === '' && draft.status === 'requested' ? 'Save request' : SUBMIT_LABEL[mode]}
        </button>
        {onCancel && (
          <button type="button" className="ss-button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
