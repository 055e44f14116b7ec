import { useId, useState } from 'react';
import { currentAuthorization, historyOf } from '@/lib/ledger/history';
import { nextLongerDuration } from '@/lib/ledger/renewal';
import { isCurrentCodeOf, videosHoldingCode } from '@/lib/ledger/warnings';
import type { Authorization } from '@/lib/schemas/authorization';
import { pendingRenewal, type LedgerActions } from '@/lib/ui/ledger-actions';
import type { LedgerEntry, LedgerVideo } from '@/lib/ui/ledger-data';
import { draftFrom, type AuthorizationDraft } from '@/lib/ui/ledger-draft';
import { warningsForVideo, warningText } from '@/lib/ui/ledger-warnings';
import { AuthorizationForm, type AuthorizationFormMode } from './authorization-form';
import { CodeHistory } from './code-history';
import { CurrentCode } from './current-code';
import { durationLabel, videoName } from './labels';
import { RenewalRequest } from './renewal-request';
import { errorMessage } from '@/lib/error-message';

export interface AuthorizationPanelViewProps {
  video: LedgerVideo;
  /** The whole ledger: this video's records plus the others (a code pasted twice is found across videos). */
  authorizations: Authorization[];
  videos: ReadonlyMap<string, LedgerVideo>;
  entries: LedgerEntry[];
  now: number;
  timeZone?: string;
  actions: LedgerActions;
}

/** One video's Spark authorization: its current code, warnings, renewal and history, and the form to add or renew. */
export function AuthorizationPanelView(props: AuthorizationPanelViewProps) {
  const { video, authorizations, videos, entries, now, timeZone, actions } = props;
  const headingId = useId();
  const [mode, setMode] = useState<AuthorizationFormMode | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const { videoId } = video;
  const records = historyOf(videoId, authorizations);
  const current = currentAuthorization(videoId, authorizations);
  const pending = pendingRenewal(
    current,
    records.filter((a) => a !== current),
  );
  const warnings = warningsForVideo({ authorizations, entries, now, timeZone }, videoId, video.handle);
  const otherHoldersOf = (code: string) =>
    videosHoldingCode(code, videoId, authorizations).map((id) => videoName(videos.get(id), id));

  const formMode: AuthorizationFormMode | null = current ? mode : 'add';
  const initial = (m: AuthorizationFormMode): AuthorizationDraft => {
    if (m === 'edit') return draftFrom(current, { now, timeZone });
    const blank = draftFrom(null, { now, timeZone });
    if (m === 'add' || !current) return blank;
    const days = pending?.requestedDays ?? nextLongerDuration(current.grantedDays);
    return {
      ...blank,
      requestedDays: days,
      grantedDays: days,
      campaignEndDate: current.campaignEndDate,
      adAccount: current.adAccount,
    };
  };
  const submit = async (draft: AuthorizationDraft) => {
    if (formMode === 'edit' && current) await actions.edit(current.id, draft);
    else if (formMode === 'renew') await actions.renew(videoId, draft);
    else await actions.add(videoId, draft);
    setMode(null);
  };

  return (
    <section className="ss-auth-panel" aria-labelledby={headingId}>
      <h3 id={headingId} className="ss-section__title">
        Spark authorization
      </h3>
      {warnings.length > 0 && (
        <ul className="ss-warnings" aria-label="Warnings">
          {warnings.map((w, i) => (
            <li key={`${w.kind}-${i}`}>{warningText(w, videoId, videos, timeZone)}</li>
          ))}
        </ul>
      )}
      {current ? (
        <CurrentCode
          auth={current}
          now={now}
          timeZone={timeZone}
          onStatusChange={(status) => {
            setFailure(null);
            actions.setStatus(current.id, status).catch((err: unknown) => setFailure(errorMessage(err)));
          }}
          onEdit={() => setMode('edit')}
          onRenew={() => setMode('renew')}
        />
      ) : (
        <p className="ss-muted">No authorization code for this video yet.</p>
      )}
      {failure && (
        <p className="ss-error" role="alert">
          The status was not saved: {failure}
        </p>
      )}
      {pending && (
        <p className="ss-note">
          Renewal requested{pending.requestedDays !== null && ` for ${durationLabel(pending.requestedDays)}`}: add the
          new code with “Add renewed code” when it arrives.
        </p>
      )}
      {formMode && (
        <AuthorizationForm
          key={`${formMode}-${current?.id ?? 'none'}`}
          mode={formMode}
          initial={initial(formMode)}
          previous={formMode === 'edit' ? current : null}
          now={now}
          timeZone={timeZone}
          otherHoldersOf={otherHoldersOf}
          isCurrentCode={formMode === 'renew' ? (code) => isCurrentCodeOf(code, videoId, authorizations) : undefined}
          onSubmit={submit}
          onCancel={current ? () => setMode(null) : undefined}
        />
      )}
      {current?.code && (
        <details className="ss-renewal-box">
          <summary>Ask the creator for a renewal</summary>
          {/* Keyed by the code: a renewed code starts afresh (its own next duration, no "marked as requested"). */}
          <RenewalRequest
            key={current.id}
            auth={current}
            video={video}
            now={now}
            timeZone={timeZone}
            onMarkRequested={async (days) => void (await actions.requestRenewal(videoId, days))}
          />
        </details>
      )}
      <CodeHistory records={records} currentId={current?.id ?? null} now={now} timeZone={timeZone} />
    </section>
  );
}
