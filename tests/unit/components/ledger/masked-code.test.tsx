import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MaskedCode, REVEAL_MS } from '@/components/ledger/masked-code';
import { CODE_A } from './helpers';

const codeText = () => screen.getByText((_, el) => el?.tagName === 'CODE').textContent;

describe('a masked code', () => {
  afterEach(() => vi.useRealTimers());

  it('shows only its first and last characters until Reveal is pressed', async () => {
    const user = userEvent.setup();
    render(<MaskedCode code={CODE_A} label="code for @mia" />);
    expect(codeText()).toBe('#Xy7Q••••Uw=');
    expect(document.body.textContent).not.toContain(CODE_A);
    await user.click(screen.getByRole('button', { name: 'Reveal code for @mia' }));
    expect(codeText()).toBe(CODE_A);
    expect(screen.getByRole('button', { name: 'Hide code for @mia' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('hides itself again after 30 seconds', () => {
    vi.useFakeTimers();
    render(<MaskedCode code={CODE_A} label="code" />);
    fireEvent.click(screen.getByRole('button', { name: 'Reveal code' }));
    expect(codeText()).toBe(CODE_A);
    act(() => vi.advanceTimersByTime(REVEAL_MS - 1));
    expect(codeText()).toBe(CODE_A);
    act(() => vi.advanceTimersByTime(1));
    expect(codeText()).toBe('#Xy7Q••••Uw=');
  });

  it('hides itself when focus moves elsewhere, but not while moving to its own Copy button', async () => {
    const user = userEvent.setup();
    render(
      <>
        <MaskedCode code={CODE_A} label="code" />
        <button type="button">Elsewhere</button>
      </>,
    );
    await user.click(screen.getByRole('button', { name: 'Reveal code' }));
    await user.tab();
    expect(screen.getByRole('button', { name: 'Copy code' })).toHaveFocus();
    expect(codeText()).toBe(CODE_A);
    await user.tab();
    expect(screen.getByRole('button', { name: 'Elsewhere' })).toHaveFocus();
    expect(codeText()).toBe('#Xy7Q••••Uw=');
  });

  it('waits until a press elsewhere is released before hiding, so the layout does not move under the click', () => {
    vi.useFakeTimers();
    const onElsewhere = vi.fn();
    render(
      <>
        <MaskedCode code={CODE_A} label="code" />
        <button type="button" onClick={onElsewhere}>
          Elsewhere
        </button>
      </>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Reveal code' }));
    act(() => screen.getByRole('button', { name: 'Hide code' }).focus());
    const elsewhere = screen.getByRole('button', { name: 'Elsewhere' });
    fireEvent.pointerDown(elsewhere);
    act(() => elsewhere.focus());
    expect(codeText()).toBe(CODE_A);
    fireEvent.pointerUp(elsewhere);
    fireEvent.click(elsewhere);
    expect(onElsewhere).toHaveBeenCalledOnce();
    expect(codeText()).toBe(CODE_A);
    act(() => vi.runOnlyPendingTimers());
    expect(codeText()).toBe('#Xy7Q••••Uw=');
  });

  it('hides itself when the window loses focus', async () => {
    const user = userEvent.setup();
    render(<MaskedCode code={CODE_A} label="code" />);
    await user.click(screen.getByRole('button', { name: 'Reveal code' }));
    act(() => void window.dispatchEvent(new Event('blur')));
    expect(codeText()).toBe('#Xy7Q••••Uw=');
  });

  it('copies the full code without revealing it', async () => {
    const user = userEvent.setup();
    render(<MaskedCode code={CODE_A} label="code" />);
    await user.click(screen.getByRole('button', { name: 'Copy code' }));
    expect(await navigator.clipboard.readText()).toBe(CODE_A);
    expect(screen.getByRole('status')).toHaveTextContent('Copied');
    expect(codeText()).toBe('#Xy7Q••••Uw=');
  });

  it('says how to copy by hand when the browser refuses the clipboard', async () => {
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('denied', 'NotAllowedError'));
    render(<MaskedCode code={CODE_A} label="code" />);
    await user.click(screen.getByRole('button', { name: 'Copy code' }));
    expect(screen.getByRole('status')).toHaveTextContent('Copy blocked: reveal the code and copy it by hand');
  });
});
