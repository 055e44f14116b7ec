import { z } from 'zod/mini';
import { objectiveSchema } from '@/lib/schemas/score';
import { shortlistEntrySchema, shortlistStatusSchema, type ShortlistEntry } from '@/lib/schemas/shortlist';
import type { SparkScoutDb } from './db';
import { derivedScope, refreshCreators, refreshSummaries } from './derived';
import { editTags, sameTags } from './tags';
import { check, validInput } from './validate';

/** A bulk edit. Each field changes only when it is given and differs, and stamps its own edit time. */
export const entryPatchSchema = z.object({
  status: z.optional(shortlistStatusSchema),
  addTags: z.optional(z.array(z.string())),
  removeTags: z.optional(z.array(z.string())),
  note: z.optional(z.string().check(z.maxLength(10_000))),
  /** Switching objective shows that objective's saved score (or none until a rescore). */
  objective: z.optional(objectiveSchema),
});
export type EntryPatch = z.infer<typeof entryPatchSchema>;

export interface UpdateResult {
  /** Ids whose entry changed. */
  updated: string[];
  /** Ids not changed: absent, unreadable, or already as asked. */
  unchanged: string[];
}

/** The entry after the patch, and whether anything changed. */
export function applyPatch(
  entry: ShortlistEntry,
  patch: EntryPatch,
  now: number,
): { entry: ShortlistEntry; changed: boolean } {
  const next = { ...entry };
  if (patch.status !== undefined && patch.status !== entry.status) {
    next.status = patch.status;
    next.statusUpdatedAt = now;
  }
  if (patch.addTags?.length || patch.removeTags?.length) {
    const tags = editTags(entry.tags, patch.addTags, patch.removeTags);
    if (!sameTags(tags, entry.tags)) {
      next.tags = tags;
      next.tagsUpdatedAt = now;
    }
  }
  if (patch.note !== undefined && patch.note !== entry.note) {
    next.note = patch.note;
    next.noteUpdatedAt = now;
  }
  if (patch.objective !== undefined) next.objective = patch.objective;
  const changed = (Object.keys(next) as Array<keyof ShortlistEntry>).some((k) => next[k] !== entry[k]);
  if (changed) next.updatedAt = now;
  return { entry: next, changed };
}

/** Applies one patch to many entries in one transaction (bulk status change, add or remove tags). */
export async function updateEntries(
  db: SparkScoutDb,
  ids: readonly string[],
  patch: EntryPatch,
): Promise<UpdateResult> {
  const valid = validInput(entryPatchSchema, patch, 'shortlist edit');
  return db.transaction('rw', derivedScope(db), async () => {
    const now = db.now();
    const unique = [...new Set(ids)];
    const raws = await db.shortlist.bulkGet(unique);
    const updated: string[] = [];
    const unchanged: string[] = [];
    const objectiveChanged: string[] = [];
    const handles: string[] = [];
    for (const [i, raw] of raws.entries()) {
      const id = unique[i]!;
      const stored = raw === undefined ? null : check(shortlistEntrySchema, raw, id);
      if (!stored?.ok) {
        unchanged.push(id);
        continue;
      }
      const { entry: next, changed } = applyPatch(stored.value, valid, now);
      if (!changed) {
        unchanged.push(id);
        continue;
      }
      await db.shortlist.put({ ...raw!, ...next });
      updated.push(id);
      handles.push(next.handle);
      if (next.objective !== stored.value.objective) objectiveChanged.push(id);
    }
    await refreshSummaries(db, objectiveChanged);
    await refreshCreators(db, handles);
    return { updated, unchanged };
  });
}
