import './cleanup';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { type OpenCardContent, OverlayRoot, type OverlayRootProps } from '@/components/overlay/overlay-root';
import { createOverlayStore } from '@/lib/state/overlay-store';
import { makeVideo, ready } from './fixtures';

const VIDEO_RECT = { top: 100, left: 500, width: 400, height: 700 };
const OTHER_RECT = { top: 900, left: 500, width: 400, height: 700 };
const content = (key: string, views = 1_585_253): OpenCardContent => ({
  key,
  state: ready(
    makeVideo({ id: key, stats: { ...makeVideo().stats, views: { ...makeVideo().stats.views!, value: views } } }),
  ),
  shortlist: { shortlisted: false, creatorShortlistedCount: 0 },
});

function setup(props: Partial<OverlayRootProps> = {}, container?: HTMLElement) {
  const store = createOverlayStore();
  act(() => {
    store.getState().setAnchor('111', VIDEO_RECT);
    store.getState().setAnchor('222', OTHER_RECT);
  });
  const all: OverlayRootProps = { store, onScore: vi.fn(), onRetry: vi.fn(), onShortlist: vi.fn(), ...props };
  const view = render(<OverlayRoot {...all} />, container ? { container } : undefined);
  return { store, props: all, ...view };
}

describe('overlay root', () => {
  it('renders one "Score this video" button per video on the page', () => {
    setup();
    expect(screen.getAllByRole('button', { name: 'Score this video' })).toHaveLength(2);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('renders no button and no card before the wiring anchors any video', () => {
    render(<OverlayRoot />);
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('opens a loading card and asks the wiring to score the pressed video', async () => {
    const { props, store } = setup();
    const [first] = screen.getAllByRole('button', { name: 'Score this video' });
    await userEvent.click(first!);
    expect(props.onScore).toHaveBeenCalledWith('111');
    expect(store.getState().openKey).toBe('111');
    expect(within(screen.getByRole('dialog')).getByRole('status')).toHaveTextContent('Scoring this video');
    expect(first).toHaveAttribute('aria-expanded', 'true');
  });

  it("never shows another video's numbers: content for a different key leaves the card loading", async () => {
    const { rerender, props } = setup();
    await userEvent.click(screen.getAllByRole('button', { name: 'Score this video' })[0]!);
    rerender(<OverlayRoot {...props} card={content('222', 42)} />);
    expect(screen.getByRole('status')).toBeInTheDocument();
    rerender(<OverlayRoot {...props} card={content('111')} />);
    expect(screen.getByRole('table')).toHaveTextContent('1,585,253 exact');
  });

  it('closes on Escape and gives focus back to the button that opened it', async () => {
    const user = userEvent.setup();
    setup();
    const second = screen.getAllByRole('button', { name: 'Score this video' })[1]!;
    await user.click(second);
    expect(screen.getByRole('dialog')).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(second).toHaveFocus();
  });

  it('closes when the same button is pressed again', async () => {
    const { store } = setup();
    const first = screen.getAllByRole('button', { name: 'Score this video' })[0]!;
    await userEvent.click(first);
    await userEvent.click(first);
    expect(store.getState().openKey).toBeNull();
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('closes the card when its video leaves the page', async () => {
    const { store } = setup();
    await userEvent.click(screen.getAllByRole('button', { name: 'Score this video' })[0]!);
    act(() => store.getState().retainAnchors(['222']));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getAllByRole('button', { name: 'Score this video' })).toHaveLength(1);
  });

  it('records the objective in the store and tells the wiring to rescore', async () => {
    const onObjectiveChange = vi.fn();
    const { store, rerender, props } = setup({ onObjectiveChange });
    await userEvent.click(screen.getAllByRole('button', { name: 'Score this video' })[0]!);
    rerender(<OverlayRoot {...props} card={content('111')} />);
    await userEvent.click(screen.getByRole('radio', { name: 'Conversion' }));
    expect(onObjectiveChange).toHaveBeenCalledWith('conversion');
    expect(store.getState().objective).toBe('conversion');
    expect(screen.getByRole('radio', { name: 'Conversion' })).toBeChecked();
  });

  it('passes the open video key with the shortlist draft and retry', async () => {
    const { rerender, props } = setup();
    await userEvent.click(screen.getAllByRole('button', { name: 'Score this video' })[1]!);
    rerender(<OverlayRoot {...props} card={content('222')} />);
    await userEvent.click(screen.getByRole('button', { name: 'Add to shortlist' }));
    expect(props.onShortlist).toHaveBeenCalledWith('222', { tags: [], note: '' });
    rerender(<OverlayRoot {...props} card={{ ...content('222'), state: { kind: 'error', reason: 'gone' } }} />);
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(props.onRetry).toHaveBeenCalledWith('222');
  });

  it('opens from the store alone (the keyboard shortcut path)', () => {
    const { store } = setup({ card: content('111') });
    act(() => store.getState().openCard('111'));
    expect(screen.getByRole('dialog', { name: 'Spark Scout score card' })).toHaveFocus();
  });

  it('applies the theme and placement from the store', async () => {
    const { store } = setup();
    act(() => {
      store.getState().setTheme('dark');
      store.getState().setPlacement({ kind: 'left-of', rect: { top: 80, left: 600, width: 400, height: 700 } });
    });
    await userEvent.click(screen.getAllByRole('button', { name: 'Score this video' })[0]!);
    const dialog = screen.getByRole('dialog');
    expect(dialog).toHaveClass('ss-theme-dark');
    expect(dialog.style.left).toBe('228px');
    expect(dialog.style.top).toBe('80px');
  });
});

describe('overlay root inside an open shadow root, as on TikTok', () => {
  function shadowContainer() {
    const host = document.createElement('spark-scout-overlay');
    document.body.append(host);
    const container = document.createElement('div');
    host.attachShadow({ mode: 'open' }).append(container);
    return { host, container };
  }

  it('moves focus into the card, traps Tab and returns focus to the button on Escape', async () => {
    const user = userEvent.setup();
    const { host, container } = shadowContainer();
    try {
      setup({ card: content('111') }, container);
      const button = within(container).getAllByRole('button', { name: 'Score this video' })[0]!;
      await user.click(button);
      const dialog = within(container).getByRole('dialog');
      expect(host.shadowRoot!.activeElement).toBe(dialog);
      await user.tab({ shift: true });
      expect(host.shadowRoot!.activeElement).toBe(within(dialog).getByRole('button', { name: 'Add to shortlist' }));
      await user.tab();
      expect(host.shadowRoot!.activeElement).toBe(within(dialog).getByRole('button', { name: 'Close score card' }));
      await user.keyboard('{Escape}');
      expect(within(container).queryByRole('dialog')).toBeNull();
      expect(host.shadowRoot!.activeElement).toBe(button);
    } finally {
      host.remove();
    }
  });
});
