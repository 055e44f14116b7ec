import { STAT_KEYS, type StatKey } from '@/lib/schemas/enums';
import type { VideoStats } from '@/lib/schemas/video';
import { Section } from '@/components/shared/section';
import { StatCell } from '@/components/shared/stat-cell';

const STAT_LABEL: Record<StatKey, string> = {
  views: 'Views',
  likes: 'Likes',
  comments: 'Comments',
  shares: 'Shares',
  saves: 'Saves',
};

export const ENGAGEMENT_FORMULA = '(likes + comments + shares + saves) ÷ views';

/** "4.2%", "0.35%"; "≈" when any count behind it was approximate. */
export function engagementText(ratePct: number | null, stats: VideoStats): string | null {
  if (ratePct === null) return null;
  const approx = STAT_KEYS.some((k) => stats[k]?.exact === false);
  return `${approx ? '≈' : ''}${ratePct.toFixed(ratePct < 1 ? 2 : 1)}%`;
}

/** The counts with their precision, and the engagement rate with the formula it came from. */
export function StatsSection({ stats, engagementRatePct }: { stats: VideoStats; engagementRatePct: number | null }) {
  const rate = engagementText(engagementRatePct, stats);
  return (
    <Section title="Stats">
      <table className="ss-stats">
        <tbody>
          {STAT_KEYS.map((k) => (
            <tr key={k}>
              <th scope="row">{STAT_LABEL[k]}</th>
              <td>
                <StatCell stat={stats[k]} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="ss-engagement">
        Engagement rate{' '}
        {rate === null ? <span className="ss-muted">not available without views</span> : <strong>{rate}</strong>}
        <br />
        <span className="ss-formula">= {ENGAGEMENT_FORMULA}</span>
      </p>
    </Section>
  );
}
