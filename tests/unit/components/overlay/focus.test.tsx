import './cleanup';
import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { tabStops } from '@/components/overlay/focus';
import { ScoreCard } from '@/components/overlay/score-card';
import { renderCard } from './render-card';

describe('score card keyboard behaviour', () => {
  it('moves focus into the card when it opens', () => {
    renderCard();
    expect(screen.getByRole('dialog')).toHaveFocus();
  });

  it('cycles Tab from the last control back to the first, and Shift+Tab the other way', async () => {
    const user = userEvent.setup();
    renderCard();
    const close = screen.getByRole('button', { name: 'Close score card' });
    const add = screen.getByRole('button', { name: 'Add to shortlist' });
    await user.tab();
    expect(close).toHaveFocus();
    await user.tab({ shift: true });
    expect(add).toHaveFocus();
    await user.tab();
    expect(close).toHaveFocus();
  });

  it('visits every control with Tab without leaving the card', async () => {
    const user = userEvent.setup();
    renderCard();
    const dialog = screen.getByRole('dialog');
    const seen = new Set<Element>();
    for (let i = 0; i < 12; i++) {
      await user.tab();
      expect(dialog).toContainElement(document.activeElement as HTMLElement);
      seen.add(document.activeElement!);
    }
    // close, the scrolling details, the checked objective radio, "Tags and note", "Add to shortlist"
    expect(seen.size).toBe(5);
  });

  it('lets Tab reach the scrolling details, so arrows and Page Down can scroll them', async () => {
    const user = userEvent.setup();
    renderCard();
    const details = screen.getByRole('region', { name: 'Score details' });
    expect(details).toHaveClass('ss-card__body');
    expect(tabStops(screen.getByRole('dialog'))).toContain(details);
    await user.tab();
    await user.tab();
    expect(details).toHaveFocus();
    await user.tab({ shift: true });
    expect(screen.getByRole('button', { name: 'Close score card' })).toHaveFocus();
  });

  it('calls onClose on Escape', async () => {
    const { props } = renderCard();
    await userEvent.keyboard('{Escape}');
    expect(props.onClose).toHaveBeenCalledTimes(1);
  });

  it('keeps keys typed in the card away from the page (TikTok switches videos on arrow keys)', () => {
    const pageListener = vi.fn();
    document.addEventListener('keydown', pageListener);
    try {
      renderCard();
      fireEvent.keyDown(screen.getByRole('button', { name: 'Close score card' }), { key: 'ArrowDown' });
      fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
      expect(pageListener).not.toHaveBeenCalled();
    } finally {
      document.removeEventListener('keydown', pageListener);
    }
  });

  it('keeps focus in the card when Retry replaces the error with loading', async () => {
    const { props, rerender } = renderCard({ state: { kind: 'error', reason: 'network' } });
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(props.onRetry).toHaveBeenCalled();
    rerender(<ScoreCard {...props} state={{ kind: 'loading' }} />);
    expect(screen.getByRole('dialog')).toHaveFocus();
  });
});
