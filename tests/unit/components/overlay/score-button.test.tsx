import './cleanup';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ScoreButton } from '@/components/overlay/score-button';

describe('score button', () => {
  it('is named exactly "Score this video" and says it opens a dialog', () => {
    render(<ScoreButton expanded={false} onClick={() => {}} />);
    const button = screen.getByRole('button', { name: 'Score this video' });
    expect(button).toHaveAttribute('aria-haspopup', 'dialog');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveClass('ss-score-btn');
  });

  it('calls back when pressed with the mouse or the keyboard', async () => {
    const onClick = vi.fn();
    render(<ScoreButton expanded={false} onClick={onClick} />);
    await userEvent.click(screen.getByRole('button'));
    screen.getByRole('button').focus();
    await userEvent.keyboard('{Enter}');
    expect(onClick).toHaveBeenCalledTimes(2);
  });

  it('places itself at the top centre of the video it scores', () => {
    render(
      <ScoreButton anchor={{ top: 100, left: 400, width: 360, height: 640 }} expanded={false} onClick={() => {}} />,
    );
    const { style } = screen.getByRole('button');
    expect([style.top, style.left, style.transform]).toEqual(['112px', '580px', 'translateX(-50%)']);
  });

  it('lets an explicit style win over the anchor', () => {
    render(
      <ScoreButton
        anchor={{ top: 100, left: 400, width: 360, height: 640 }}
        style={{ left: 10 }}
        expanded
        onClick={() => {}}
      />,
    );
    expect(screen.getByRole('button').style.left).toBe('10px');
    expect(screen.getByRole('button')).toHaveAttribute('aria-expanded', 'true');
  });

  it('hides while its video is scrolled away under the header', () => {
    render(
      <ScoreButton anchor={{ top: -600, left: 400, width: 360, height: 640 }} expanded={false} onClick={() => {}} />,
    );
    expect(screen.queryByRole('button')).toBeNull();
  });
});
