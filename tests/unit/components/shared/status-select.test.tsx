import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StatusSelect } from '@/components/shared/status-select';

afterEach(cleanup);

function setup(onEscape = vi.fn()) {
  const onChange = vi.fn();
  render(
    <div onKeyDown={(e) => e.key === 'Escape' && onEscape()}>
      <StatusSelect value="candidate" onChange={onChange} label="Status of @maker's video" />
    </div>,
  );
  return { onChange, select: screen.getByRole('combobox', { name: "Status of @maker's video" }) as HTMLSelectElement };
}

/** What Chromium does on ArrowDown in a closed select: keydown, the value steps and `change` fires, keyup. */
function step(select: HTMLSelectElement, value: string) {
  fireEvent.keyDown(select, { key: 'ArrowDown' });
  fireEvent.change(select, { target: { value } });
  fireEvent.keyUp(select, { key: 'ArrowDown' });
}

describe('the status select', () => {
  it('saves a status picked with the mouse at once', () => {
    const { onChange, select } = setup();
    fireEvent.change(select, { target: { value: 'contacted' } });
    expect(onChange).toHaveBeenCalledWith('contacted');
  });

  it('only shows the statuses stepped through with the arrow keys, and saves the one shown on Enter', () => {
    const { onChange, select } = setup();
    step(select, 'contacted');
    step(select, 'code-received');
    expect(onChange).not.toHaveBeenCalled();
    expect(select.value).toBe('code-received');
    fireEvent.keyDown(select, { key: 'Enter' });
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange).toHaveBeenCalledWith('code-received');
  });

  it('saves the stepped-to status when the select loses focus, and nothing when Escape put the saved one back', () => {
    const blurred = setup();
    step(blurred.select, 'live');
    fireEvent.blur(blurred.select);
    expect(blurred.onChange).toHaveBeenCalledWith('live');
    cleanup();

    const onEscape = vi.fn();
    const escaped = setup(onEscape);
    step(escaped.select, 'rejected');
    fireEvent.keyDown(escaped.select, { key: 'Escape' });
    expect(escaped.select.value).toBe('candidate');
    // Escape undid the stepping only; the panel around it stays open.
    expect(onEscape).not.toHaveBeenCalled();
    fireEvent.blur(escaped.select);
    expect(escaped.onChange).not.toHaveBeenCalled();
  });
});
