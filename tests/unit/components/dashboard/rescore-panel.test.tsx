import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { RescorePanel } from '@/components/dashboard/rescore-panel';
import type { RescoreView } from '@/components/dashboard/types';

const handlers = () => ({ onStart: vi.fn(), onCancel: vi.fn(), onDismiss: vi.fn() });

describe('"Rescore all"', () => {
  it('starts from a button, disabled with the reason when rescoring is not possible', async () => {
    const h = handlers();
    const { rerender } = render(<RescorePanel view={{ phase: 'idle' }} {...h} />);
    await userEvent.click(screen.getByRole('button', { name: 'Rescore all' }));
    expect(h.onStart).toHaveBeenCalled();
    rerender(<RescorePanel view={{ phase: 'idle' }} {...h} unavailable="Nothing to rescore" />);
    expect(screen.getByRole('button', { name: 'Rescore all' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Rescore all' })).toHaveAttribute('title', 'Nothing to rescore');
  });

  it('shows progress and can be cancelled', async () => {
    const h = handlers();
    render(<RescorePanel view={{ phase: 'running', done: 2500, total: 10_000 }} {...h} />);
    const bar = screen.getByRole('progressbar', { name: 'Rescoring' });
    expect(bar).toHaveAttribute('value', '2500');
    expect(bar).toHaveAttribute('max', '10000');
    expect(screen.getByText('Rescoring 2,500 of 10,000…')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(h.onCancel).toHaveBeenCalled();
  });

  it('compares the band counts before and after', () => {
    const view: RescoreView = {
      phase: 'done',
      before: { strong: 10, maybe: 20, weak: 5, ineligible: 1, unscored: 4 },
      after: { strong: 14, maybe: 18, weak: 7, ineligible: 1, unscored: 0 },
      rescored: 40,
      skipped: 0,
    };
    render(<RescorePanel view={view} {...handlers()} />);
    const rows = screen.getAllByRole('row').map((r) => r.textContent);
    expect(rows).toEqual([
      'BandBeforeAfterChange',
      'Strong1014+4',
      'Maybe2018−2',
      'Weak57+2',
      'Ineligible11±0',
      'Not scored40−4',
    ]);
    expect(screen.getByRole('status')).toHaveTextContent('Rescored 40 videos.');
  });

  it('says nothing changed when it failed', () => {
    render(<RescorePanel view={{ phase: 'error', message: 'quota exceeded' }} {...handlers()} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Rescoring failed: quota exceeded. Nothing was changed.');
  });
});
