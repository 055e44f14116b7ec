import { render } from '@testing-library/react';
import { vi } from 'vitest';
import { ScoreCard, type ScoreCardProps } from '@/components/overlay/score-card';
import { ready } from './fixtures';

/** Renders a card with spy callbacks; any prop can be overridden. */
export function renderCard(over: Partial<ScoreCardProps> = {}) {
  const props: ScoreCardProps = {
    state: ready(),
    objective: 'awareness',
    onObjectiveChange: vi.fn(),
    shortlist: { shortlisted: false, creatorShortlistedCount: 0 },
    onShortlist: vi.fn(async () => {}),
    onRetry: vi.fn(),
    onClose: vi.fn(),
    placement: { kind: 'inline' },
    ...over,
  };
  return { props, ...render(<ScoreCard {...props} />) };
}
