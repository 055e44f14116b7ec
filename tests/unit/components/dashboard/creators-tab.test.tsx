import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CreatorsTab } from '@/components/dashboard/creators-tab';
import type { CreatorRow } from '@/components/dashboard/types';
import { withViewport } from './fixtures';

withViewport();

const creator = (handle: string, nickname: string | null): CreatorRow => ({
  handle,
  nickname,
  followers: 1000,
  shortlisted: 1,
  bestScore: 70,
  totalViews: 5000,
  liveVideoIds: [],
  warning: null,
});

const count = () => document.querySelector('.ss-toolbar__count')!.textContent;

describe('the creators tab', () => {
  it('finds a creator without typing the accents, as the videos search does', () => {
    render(
      <CreatorsTab creators={[creator('zoe_cooks', 'Chloé Café'), creator('sam', 'Sam')]} onShowVideos={() => {}} />,
    );
    expect(count()).toBe('2 creators');
    fireEvent.change(screen.getByLabelText('Find a creator'), { target: { value: 'chloe cafe' } });
    expect(count()).toBe('1 creator');
    fireEvent.change(screen.getByLabelText('Find a creator'), { target: { value: '@ZOE' } });
    expect(count()).toBe('1 creator');
  });
});
