import type { ScoreResult } from '@/lib/schemas/score';
import { FactorRow } from '@/components/shared/factor-row';
import { FACTOR_LABEL } from '@/components/shared/labels';
import { Section } from '@/components/shared/section';

/** Every scored factor with its reasons, then the factors left out and why (so a gap is never silent). */
export function FactorList({ factors, missing }: Pick<ScoreResult, 'factors' | 'missing'>) {
  return (
    <Section title="Factors">
      <ul className="ss-factors">
        {factors.map((f) => (
          <FactorRow
            key={f.id}
            label={FACTOR_LABEL[f.id]}
            score={f.score}
            weight={f.weight}
            confidence={f.confidence}
            reasons={f.reasons}
          />
        ))}
      </ul>
      {missing.length > 0 && (
        <div className="ss-missing">
          <h4 className="ss-subtitle">Not scored</h4>
          <ul>
            {missing.map((m) => (
              <li key={m.id}>
                <span className="ss-missing__label">{FACTOR_LABEL[m.id]}</span>: {m.reason}
              </li>
            ))}
          </ul>
        </div>
      )}
    </Section>
  );
}
