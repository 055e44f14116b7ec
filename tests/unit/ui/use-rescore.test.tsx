import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { SparkScoutDb } from '@/lib/db';
import { useRescore } from '@/lib/ui/use-rescore';
import { seededDb } from './helpers';

let db: SparkScoutDb | undefined;
beforeEach(() => fakeBrowser.reset());
afterEach(() => db?.close());

describe('the "Rescore all" hook', () => {
  it('is unavailable with nothing to rescore', () => {
    const { result } = renderHook(() => useRescore(0, vi.fn()));
    expect(result.current.unavailable).toBe('Nothing to rescore yet');
  });

  it('runs to the band comparison with the stored settings', async () => {
    const seeded = await seededDb(12);
    db = seeded.db;
    const { result } = renderHook(() => useRescore(12, vi.fn(), seeded.db));
    act(() => result.current.onStart());
    expect(result.current.view.phase).toBe('running');
    await waitFor(() => expect(result.current.view.phase).toBe('done'), { timeout: 5000 });
    expect(result.current.view).toMatchObject({ rescored: 12, skipped: 0 });
    act(() => result.current.onDismiss());
    expect(result.current.view).toEqual({ phase: 'idle' });
  });

  it('goes back to idle with a notice when cancelled', async () => {
    const seeded = await seededDb(12);
    db = seeded.db;
    const onNotice = vi.fn();
    const { result } = renderHook(() => useRescore(12, onNotice, seeded.db));
    act(() => {
      result.current.onStart();
      result.current.onCancel();
    });
    await waitFor(() => expect(onNotice).toHaveBeenCalledWith('Rescoring cancelled: no score was changed.'), {
      timeout: 5000,
    });
    expect(result.current.view).toEqual({ phase: 'idle' });
  });
});
