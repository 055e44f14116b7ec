import type { Authorization } from '@/lib/schemas/authorization';
import type { ScoreResult } from '@/lib/schemas/score';
import type { ShortlistEntry } from '@/lib/schemas/shortlist';

/**
 * Merge rules for one record that exists on both sides (the stored one and one from a file). Pure; the planner
 * (./restore.ts) applies them table by table. On a tie the stored value stays, so restoring a file twice, or a file
 * made from this very profile, changes nothing.
 */

/** Each of status, note and tags keeps the side edited later; the entry's objective follows the later edit overall. */
export function mergeEntry(local: ShortlistEntry, incoming: ShortlistEntry): ShortlistEntry {
  const status = incoming.statusUpdatedAt > local.statusUpdatedAt ? incoming : local;
  const note = incoming.noteUpdatedAt > local.noteUpdatedAt ? incoming : local;
  const tags = incoming.tagsUpdatedAt > local.tagsUpdatedAt ? incoming : local;
  const latest = incoming.updatedAt > local.updatedAt ? incoming : local;
  return {
    ...latest,
    status: status.status,
    statusUpdatedAt: status.statusUpdatedAt,
    note: note.note,
    noteUpdatedAt: note.noteUpdatedAt,
    tags: tags.tags,
    tagsUpdatedAt: tags.tagsUpdatedAt,
    // First shortlisted by either side; last touched by either side.
    shortlistedAt: Math.min(local.shortlistedAt, incoming.shortlistedAt),
    updatedAt: Math.max(local.updatedAt, incoming.updatedAt),
  };
}

/** A score per video and objective: the one computed later (a newer scoring version or fresher stats). */
export function mergeScore(local: ScoreResult, incoming: ScoreResult): ScoreResult {
  return incoming.scoredAt > local.scoredAt ? incoming : local;
}

/** One authorization record (same id on both sides): the one edited later. */
export function mergeAuthorization(local: Authorization, incoming: Authorization): Authorization {
  return incoming.updatedAt > local.updatedAt ? incoming : local;
}

/**
 * At most one `current` code per video (lib/db/authorizations.ts keeps that invariant on every write). Two sides
 * can each hold a different current code for a video, e.g. a teammate recorded the renewal; the code created last
 * stays current and the others become history, pointing at it as a renewal would (lib/ledger/history supersede), so
 * the ledger files them as replaced and they stop reminding. Returns only the records that changed.
 */
export function demoteExtraCurrent(records: readonly Authorization[]): Authorization[] {
  const byVideo = new Map<string, Authorization[]>();
  for (const a of records) {
    if (!a.current) continue;
    const list = byVideo.get(a.videoId);
    if (list) list.push(a);
    else byVideo.set(a.videoId, [a]);
  }
  const changed: Authorization[] = [];
  for (const list of byVideo.values()) {
    if (list.length < 2) continue;
    list.sort((a, b) => b.createdAt - a.createdAt || b.updatedAt - a.updatedAt || (a.id < b.id ? -1 : 1));
    const kept = list[0]!;
    // A pointer it already had (to a renewal of its own) stays: that record replaced it first.
    for (const a of list.slice(1)) changed.push({ ...a, current: false, supersededBy: a.supersededBy ?? kept.id });
  }
  return changed;
}
