import { formatCompact, formatExact, formatShare } from '@/components/shared/format';
import { Section } from '@/components/shared/section';
import type { CommentInsights } from './types';

const plural = (n: number, one: string, many: string) => `${formatExact(n)} ${n === 1 ? one : many}`;

/** What the comment sample says: sentiment shares, purchase intent and the strongest purchase-intent comments. */
export function CommentInsightsSection({ insights, total }: { insights: CommentInsights; total: number | null }) {
  const { sampleSize, positiveShare, negativeShare, purchaseIntentCount, topPurchaseIntent } = insights;
  return (
    <Section title="Comments">
      <p>
        Sample of {plural(sampleSize, 'comment', 'comments')}
        {total !== null && total > sampleSize ? ` (of ${formatExact(total)})` : ''}
      </p>
      {sampleSize > 0 && (
        <>
          <p>
            <span className="ss-positive">{formatShare(positiveShare)} positive</span>
            {' · '}
            <span className="ss-negative">{formatShare(negativeShare)} negative</span>
          </p>
          <p>{plural(purchaseIntentCount, 'purchase-intent comment', 'purchase-intent comments')}</p>
        </>
      )}
      {topPurchaseIntent.length > 0 && (
        <ul className="ss-quotes" aria-label="Top purchase-intent comments">
          {topPurchaseIntent.map((c, i) => (
            <li key={i}>
              <q>{c.text}</q>
              {c.likes !== null && <span className="ss-muted"> · {formatCompact(c.likes)} likes</span>}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
