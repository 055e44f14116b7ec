import type { Eligibility, PolicyFlag } from '@/lib/schemas/score';
import {
  ELIGIBILITY_REASON_LABEL,
  ELIGIBILITY_STATUS_LABEL,
  MARKETS_LABEL,
  policyLabel,
} from '@/components/shared/labels';
import { Section } from '@/components/shared/section';

/** Spark Ads eligibility and ad-policy flags, each with the evidence or reason behind it. */
export function PolicySection({ eligibility, flags }: { eligibility: Eligibility; flags: readonly PolicyFlag[] }) {
  return (
    <Section title="Eligibility and policy">
      <p>
        <span className={`ss-status ss-status--${eligibility.status}`}>
          {ELIGIBILITY_STATUS_LABEL[eligibility.status]}
        </span>
      </p>
      {eligibility.reasons.length > 0 && (
        <ul className="ss-reasons">
          {eligibility.reasons.map((r) => (
            <li key={r.code}>{r.message || ELIGIBILITY_REASON_LABEL[r.code]}</li>
          ))}
        </ul>
      )}
      {flags.length === 0 ? (
        <p className="ss-muted">No ad-policy flags.</p>
      ) : (
        <ul className="ss-flags">
          {flags.map((f) => (
            <li key={`${f.category}-${f.markets}`} className="ss-flag">
              <span className={`ss-flag__name ss-flag__name--${f.severity}`}>{policyLabel(f.category)}</span>{' '}
              <span className="ss-muted">
                {f.severity} in {MARKETS_LABEL[f.markets]}
              </span>
              {f.evidence.length > 0 && (
                <p className="ss-evidence">Evidence: {f.evidence.map((e) => `“${e}”`).join(', ')}</p>
              )}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
