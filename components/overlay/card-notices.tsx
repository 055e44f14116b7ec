/** The card's non-ready states and the partial-data notice. Reasons render as text, never markup. */

export function LoadingNotice() {
  return (
    <div className="ss-loading" role="status">
      <span className="ss-spinner" aria-hidden="true" />
      Scoring this video…
    </div>
  );
}

export function ErrorNotice({ reason, onRetry }: { reason: string; onRetry: () => void }) {
  return (
    <div className="ss-error-box">
      <p className="ss-error" role="alert">
        Couldn't read this video: {reason}
      </p>
      <button type="button" className="ss-btn ss-btn--primary" onClick={onRetry}>
        Retry
      </button>
    </div>
  );
}

export function PartialNotice({ missing }: { missing: readonly string[] }) {
  return (
    <div className="ss-notice" role="note">
      <p>Partial data: the score uses what was available.</p>
      <ul>
        {missing.map((m) => (
          <li key={m}>{m}</li>
        ))}
      </ul>
    </div>
  );
}
