import {
  appDb,
  deleteEntries,
  restoreEntries,
  updateEntries,
  type RestoreResult,
  type SparkScoutDb,
  type UndoPayload,
  type UpdateResult,
} from '@/lib/db';
import { request } from '@/lib/messaging';
import type { ShortlistStatus } from '@/lib/schemas/shortlist';

/**
 * Edits from extension pages, written straight to the database of our own origin (no round trip through the
 * background). A delete removes a video's authorization codes too, so deletes and undos tell the background to
 * re-sync reminders and the badge.
 */
export interface ShortlistActions {
  setStatus: (ids: readonly string[], status: ShortlistStatus) => Promise<UpdateResult>;
  addTags: (ids: readonly string[], tags: readonly string[]) => Promise<UpdateResult>;
  removeTags: (ids: readonly string[], tags: readonly string[]) => Promise<UpdateResult>;
  /** One video's tags as the editor left them. */
  setTags: (id: string, before: readonly string[], after: readonly string[]) => Promise<UpdateResult>;
  setNote: (id: string, note: string) => Promise<UpdateResult>;
  remove: (ids: readonly string[]) => Promise<UndoPayload>;
  undo: (payload: UndoPayload) => Promise<RestoreResult>;
}

async function notifyBackground(): Promise<void> {
  try {
    await request('ledger:changed');
  } catch (error) {
    // The records are already written; a missed re-sync corrects itself at the next background start.
    console.warn('[spark-scout] could not notify the background', error);
  }
}

export function createShortlistActions(
  db: SparkScoutDb = appDb(),
  ledgerChanged: () => Promise<void> = notifyBackground,
): ShortlistActions {
  const lower = (list: readonly string[]) => new Set(list.map((t) => t.toLowerCase()));
  return {
    setStatus: (ids, status) => updateEntries(db, ids, { status }),
    addTags: (ids, tags) => updateEntries(db, ids, { addTags: [...tags] }),
    removeTags: (ids, tags) => updateEntries(db, ids, { removeTags: [...tags] }),
    setTags: (id, before, after) => {
      const had = lower(before);
      const has = lower(after);
      return updateEntries(db, [id], {
        addTags: after.filter((t) => !had.has(t.toLowerCase())),
        removeTags: before.filter((t) => !has.has(t.toLowerCase())),
      });
    },
    setNote: (id, note) => updateEntries(db, [id], { note }),
    remove: async (ids) => {
      const payload = await deleteEntries(db, ids);
      await ledgerChanged();
      return payload;
    },
    undo: async (payload) => {
      const result = await restoreEntries(db, payload);
      await ledgerChanged();
      return result;
    },
  };
}
