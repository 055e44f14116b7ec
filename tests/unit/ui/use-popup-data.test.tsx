import { renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { SparkScoutDb } from '@/lib/db';
import { POPUP_MATCHES, POPUP_RECENT, usePopupData } from '@/lib/ui/use-popup-data';
import { seededDb } from './helpers';

let db: SparkScoutDb | undefined;
afterEach(() => db?.close());

describe('the popup’s data', () => {
  it('lists the most recently shortlisted videos, newest first, and counts every status', async () => {
    const seeded = await seededDb(60);
    db = seeded.db;
    const { result } = renderHook(() => usePopupData('', seeded.db));
    await waitFor(() => expect(result.current.rows).toHaveLength(POPUP_RECENT), { timeout: 5000 });
    const newest = [...seeded.data.entries].sort((a, b) => b.shortlistedAt - a.shortlistedAt).slice(0, POPUP_RECENT);
    expect(result.current.rows!.map((r) => r.videoId)).toEqual(newest.map((e) => e.videoId));
    await waitFor(() => expect(result.current.counts).toBeDefined(), { timeout: 5000 });
    expect(Object.values(result.current.counts!).reduce((a, b) => a + b, 0)).toBe(60);
    expect(result.current.counts!.live).toBe(seeded.data.entries.filter((e) => e.status === 'live').length);
    expect(result.current.matchCount).toBeUndefined();
  });

  it('counts only readable records, as the dashboard does, and reports every unreadable one', async () => {
    const seeded = await seededDb(30);
    db = seeded.db;
    // The oldest entry, so not among the recent rows: its status is valid, the record is not.
    const oldest = [...seeded.data.entries].sort((a, b) => a.shortlistedAt - b.shortlistedAt)[0]!;
    const raw = (await seeded.db.shortlist.get(oldest.videoId))!;
    await seeded.db.shortlist.put({ ...raw, tags: 'not a list' as never });
    const { result } = renderHook(() => usePopupData('', seeded.db));
    await waitFor(() => expect(result.current.bad).toHaveLength(1), { timeout: 5000 });
    await waitFor(() => expect(result.current.counts).toBeDefined(), { timeout: 5000 });
    expect(result.current.bad[0]!.id).toBe(oldest.videoId);
    expect(Object.values(result.current.counts!).reduce((a, b) => a + b, 0)).toBe(29);
    const readable = seeded.data.entries.filter((e) => e.videoId !== oldest.videoId);
    expect(result.current.counts![oldest.status]).toBe(readable.filter((e) => e.status === oldest.status).length);
  });

  it('searches the whole shortlist once the user types, showing the first matches', async () => {
    const seeded = await seededDb(200);
    db = seeded.db;
    const handle = seeded.data.entries[150]!.handle;
    const expected = seeded.data.entries.filter((e) => e.handle === handle).length;
    const { result, rerender } = renderHook(({ q }) => usePopupData(q, seeded.db), { initialProps: { q: '' } });
    rerender({ q: `@${handle}` });
    await waitFor(() => expect(result.current.matchCount).toBeGreaterThanOrEqual(expected), { timeout: 5000 });
    expect(result.current.rows!.length).toBeLessThanOrEqual(POPUP_MATCHES);
    expect(result.current.rows!.some((r) => r.handle === handle)).toBe(true);
  });
});
