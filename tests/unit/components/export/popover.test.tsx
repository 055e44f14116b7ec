import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Popover } from '@/components/export/popover';

function Harness({ align }: { align: 'start' | 'end' }) {
  const [open, setOpen] = useState(false);
  return (
    <Popover label="Export CSV" title="Export CSV" open={open} onOpenChange={setOpen} align={align}>
      <button type="button">Download CSV</button>
    </Popover>
  );
}

/** Where the panel would be drawn (jsdom has no layout): 340 px wide, from `left`. */
function panelAt(left: number) {
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
    const x = this.classList.contains('ss-popover__panel') ? left : 0;
    return { left: x, right: x + 340, top: 0, bottom: 300, width: 340, height: 300, x, y: 0, toJSON: () => ({}) };
  });
}

const root = () => screen.getByRole('dialog').parentElement!;

afterEach(() => vi.restoreAllMocks());

describe('the popover panel', () => {
  it('lines up with the side asked for when it fits in the window', async () => {
    panelAt(100);
    render(<Harness align="start" />);
    await userEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(root()).toHaveClass('ss-popover--start');
  });

  it('opens towards the other side when it would run past the right edge of the window', async () => {
    // The bulk bar's Export CSV at 1280 px: the panel went from x = 975 to 1315 and was cut.
    panelAt(window.innerWidth - 300);
    render(<Harness align="start" />);
    await userEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(root()).toHaveClass('ss-popover--end');
    // Closed and opened again: measured again from the side asked for.
    await userEvent.keyboard('{Escape}');
    panelAt(100);
    await userEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(root()).toHaveClass('ss-popover--start');
  });

  it('opens towards the other side when it would run past the left edge', async () => {
    panelAt(-40);
    render(<Harness align="end" />);
    await userEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(root()).toHaveClass('ss-popover--start');
  });
});
