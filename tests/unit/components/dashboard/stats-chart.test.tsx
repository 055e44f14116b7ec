import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { chartPoints, StatsChart } from '@/components/dashboard/stats-chart';
import type { StatsSnapshot } from '@/lib/schemas/shortlist';

const snap = (t: number, views: number | null, exact = true): StatsSnapshot => ({
  videoId: '1',
  capturedAt: t,
  views,
  likes: 10,
  comments: null,
  shares: null,
  saves: null,
  exact,
});

describe('the stats history chart', () => {
  it('spreads readings over the width by time and the height by value, higher values higher up', () => {
    const pts = chartPoints([snap(0, 100), snap(10, 300), snap(40, 200)], 'views');
    expect(pts.map((p) => Math.round(p.x))).toEqual([6, 83, 314]);
    expect(pts[1]!.y).toBeLessThan(pts[2]!.y);
    expect(pts[2]!.y).toBeLessThan(pts[0]!.y);
  });

  it('gives each count’s change between the first and last readings that have it', () => {
    render(<StatsChart snapshots={[snap(1000, null), snap(2000, 100), snap(3000, 500)]} />);
    const delta = (m: string) =>
      [...document.querySelectorAll('.ss-deltas dt')].find((dt) => dt.textContent === m)!.nextElementSibling;
    expect(delta('views')).toHaveTextContent('+400');
    // comments were never read: no change to give
    expect(delta('comments')).toHaveTextContent('—');
  });

  it('centres a single reading and skips readings without the value', () => {
    expect(chartPoints([snap(5, 100)], 'views')).toEqual([{ x: 160, y: 48, s: snap(5, 100) }]);
    expect(chartPoints([snap(1, null), snap(2, 50)], 'views')).toHaveLength(1);
    expect(chartPoints([snap(1, null)], 'views')).toEqual([]);
  });

  it('lists every reading, approximate ones marked', () => {
    render(
      <StatsChart
        snapshots={[snap(Date.UTC(2026, 0, 1), 1_000_000, true), snap(Date.UTC(2026, 0, 2), 1_200_000, false)]}
      />,
    );
    expect(screen.getByText('2 readings, Jan 1, 2026 – Jan 2, 2026')).toBeInTheDocument();
    expect(screen.getByText('≈1.2M')).toBeInTheDocument();
    expect(screen.getByText('1,000,000')).toBeInTheDocument();
  });
});
