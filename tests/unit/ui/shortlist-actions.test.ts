import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SparkScoutDb } from '@/lib/db';
import { createShortlistActions } from '@/lib/ui/shortlist-actions';
import { seededDb } from './helpers';

let db: SparkScoutDb | undefined;
afterEach(() => db?.close());

describe('shortlist actions from extension pages', () => {
  it('changes the status of several videos at once', async () => {
    const seeded = await seededDb(6);
    db = seeded.db;
    const ids = seeded.data.entries.slice(0, 3).map((e) => e.videoId);
    const actions = createShortlistActions(
      db,
      vi.fn(async () => {}),
    );
    await actions.setStatus(ids, 'contacted');
    const stored = await db.shortlist.bulkGet(ids);
    expect(stored.map((e) => e?.status)).toEqual(['contacted', 'contacted', 'contacted']);
  });

  it('saves a tag editor’s result as the tags added and removed', async () => {
    const seeded = await seededDb(1);
    db = seeded.db;
    const id = seeded.data.entries[0]!.videoId;
    await db.shortlist.update(id, { tags: ['ugc', 'hero'] });
    const actions = createShortlistActions(
      db,
      vi.fn(async () => {}),
    );
    await actions.setTags(id, ['ugc', 'hero'], ['hero', 'summer']);
    expect((await db.shortlist.get(id))?.tags).toEqual(['hero', 'summer']);
  });

  it('tells the background after a delete and after its undo (codes go and come back with the video)', async () => {
    const seeded = await seededDb(4);
    db = seeded.db;
    const ledgerChanged = vi.fn(async () => {});
    const actions = createShortlistActions(db, ledgerChanged);
    const ids = seeded.data.entries.slice(0, 2).map((e) => e.videoId);
    const payload = await actions.remove(ids);
    expect(ledgerChanged).toHaveBeenCalledTimes(1);
    expect(await db.shortlist.count()).toBe(2);
    expect(payload.entries).toHaveLength(2);
    const result = await actions.undo(payload);
    expect(ledgerChanged).toHaveBeenCalledTimes(2);
    expect(result.restored.sort()).toEqual([...ids].sort());
    expect(await db.shortlist.count()).toBe(4);
  });

  it('saves a note', async () => {
    const seeded = await seededDb(1);
    db = seeded.db;
    const id = seeded.data.entries[0]!.videoId;
    await createShortlistActions(
      db,
      vi.fn(async () => {}),
    ).setNote(id, 'Ask for a 15 s cut');
    expect((await db.shortlist.get(id))?.note).toBe('Ask for a 15 s cut');
  });
});
