import { mergeVideo } from '@/lib/db/merge-video';
import { BACKUP_TABLES, type BackupTable } from '@/lib/schemas/backup';
import type { Settings } from '@/lib/schemas/settings';
import { sameValue } from './equal';
import type { Incoming, InvalidItem, RecordSet } from './incoming';
import { recordKey } from './keys';
import { demoteExtraCurrent, mergeAuthorization, mergeEntry, mergeScore } from './merge';

/**
 * A restore or teammate import as a plan: what would change, shown to the user as a preview, and the exact records
 * to write if they confirm. Planning is pure and reads only the two record sets; nothing is written here (see
 * applyRestore in ./store.ts, which writes a plan in one transaction).
 *
 * Rules: records match by the database's keys (lib/export/keys.ts). Videos merge field by field (lib/db/merge-video:
 * an exact count is never replaced by a rounded one); stats snapshots are unioned; of a score, the later computed
 * wins; of a shortlist entry, each of status, note and tags keeps its later edit; authorizations match by id, the
 * later edit wins, and a video keeps one current code. A CSV is a lossy copy, so for a video this profile already
 * has, only its shortlist entry merges; everything else from the CSV is taken only for videos not here yet.
 */

type Records = { [T in BackupTable]: RecordSet[T][number] };

export type RestoreWrites = { [T in BackupTable]: Array<Records[T]> };

export interface RestorePreview {
  file: string;
  kind: Incoming['kind'];
  formatVersion: number | null;
  /** Video ids not in this profile yet. */
  new: string[];
  /** Video ids in this profile that the file changes (entry, stats, score, codes, history). */
  updated: string[];
  /** Video ids in the file that would change nothing. */
  unchanged: string[];
  /**
   * Videos whose status, note or tags in the file differ from this profile's and stay as they are here: this
   * profile's edit is newer (a CSV carries no edit times, so the stored entry always is).
   */
  keptLocal: Array<{ videoId: string; handle: string }>;
  /** Records of the file that cannot be used, with where and why; never written. */
  invalid: InvalidItem[];
  /** The file's settings differ from the current ones and would replace them. */
  settingsChange: boolean;
}

export interface RestorePlan {
  preview: RestorePreview;
  writes: RestoreWrites;
  /** Settings to save after the records are written; null to keep the current ones. */
  settings: Settings | null;
  /** For each written key, the stored record the plan was made against (null: none), checked again on apply. */
  basis: { [T in BackupTable]: Map<string, Records[T] | null> };
  /** Records to write (settings count as one). Zero: confirming would change nothing. */
  changes: number;
}

const tableMap = <V>(): { [T in BackupTable]: Map<string, V> } =>
  Object.fromEntries(BACKUP_TABLES.map((t) => [t, new Map()])) as { [T in BackupTable]: Map<string, V> };

const videoIdOf = (table: BackupTable, r: Records[BackupTable]): string =>
  table === 'videos' ? (r as Records['videos']).id : (r as Records['shortlist']).videoId;

export function planRestore(current: RecordSet, incoming: Incoming): RestorePlan {
  const local = tableMap<Records[BackupTable]>();
  for (const t of BACKUP_TABLES) for (const r of current[t]) local[t].set(recordKey(t, r), r);
  const known = new Set([...local.videos.keys(), ...local.shortlist.keys()]);
  const csv = incoming.kind === 'csv';

  const writes = tableMap<Records[BackupTable]>();
  const basis = tableMap<Records[BackupTable] | null>();
  const touched = new Set<string>();

  /** Merges one incoming record into the plan; `merge` gets the stored (or already planned) record. */
  function take<T extends BackupTable>(
    table: T,
    record: Records[T],
    merge: ((a: Records[T], b: Records[T]) => Records[T]) | null,
  ) {
    const key = recordKey(table, record);
    const stored = local[table].get(key) as Records[T] | undefined;
    const base = (writes[table].get(key) as Records[T] | undefined) ?? stored;
    const next = base === undefined ? record : merge ? merge(base, record) : base;
    if (stored !== undefined && sameValue(next, stored)) {
      writes[table].delete(key);
      basis[table].delete(key);
      return;
    }
    writes[table].set(key, next);
    basis[table].set(key, stored ?? null);
    touched.add(videoIdOf(table, next));
  }

  // From a CSV, only the entry of a video already here merges (see above).
  const lossy = (videoId: string) => csv && known.has(videoId);
  for (const v of incoming.videos) if (!lossy(v.id)) take('videos', v, (a, b) => mergeVideo(a, b));
  for (const s of incoming.snapshots) if (!lossy(s.videoId)) take('snapshots', s, null);
  for (const s of incoming.scores) if (!lossy(s.videoId)) take('scores', s, mergeScore);
  // A CSV carries times to the second: its shortlisted_at is a truncated copy, never an earlier shortlisting.
  const entryMerge = csv
    ? (a: Records['shortlist'], b: Records['shortlist']) => mergeEntry(a, { ...b, shortlistedAt: a.shortlistedAt })
    : mergeEntry;
  const keptLocal: RestorePreview['keptLocal'] = [];
  for (const e of incoming.shortlist) {
    take('shortlist', e, entryMerge);
    const stored = local.shortlist.get(e.videoId) as Records['shortlist'] | undefined;
    const result = (writes.shortlist.get(e.videoId) as Records['shortlist'] | undefined) ?? stored;
    if (stored && result && keptOwnEdit(e, stored, result))
      keptLocal.push({ videoId: e.videoId, handle: stored.handle });
  }
  for (const a of incoming.authorizations) if (!lossy(a.videoId)) take('authorizations', a, mergeAuthorization);

  // One current code per video, over what the tables will hold after the writes.
  const authVideos = new Set([...writes.authorizations.values()].map((a) => (a as Records['authorizations']).videoId));
  const after = new Map(local.authorizations);
  for (const [k, a] of writes.authorizations) after.set(k, a);
  const affected = [...after.values()].filter((a) => authVideos.has((a as Records['authorizations']).videoId));
  for (const a of demoteExtraCurrent(affected as Array<Records['authorizations']>))
    take('authorizations', a, (_, b) => b);

  const settings = incoming.settings && !sameValue(incoming.settings, current.settings) ? incoming.settings : null;
  const preview = classify(incoming, known, touched);
  const out: RestorePlan = {
    preview: { ...preview, keptLocal, invalid: incoming.invalid, settingsChange: settings !== null },
    writes: Object.fromEntries(BACKUP_TABLES.map((t) => [t, [...writes[t].values()]])) as RestoreWrites,
    settings,
    basis: basis as RestorePlan['basis'],
    changes: BACKUP_TABLES.reduce((n, t) => n + writes[t].size, settings ? 1 : 0),
  };
  return out;
}

/** Whether the file's status, note or tags differ from the stored ones and the stored value stays in `result`. */
function keptOwnEdit(file: Records['shortlist'], stored: Records['shortlist'], result: Records['shortlist']): boolean {
  return (
    (file.status !== stored.status && result.status === stored.status) ||
    (file.note !== stored.note && result.note === stored.note) ||
    (!sameValue(file.tags, stored.tags) && sameValue(result.tags, stored.tags))
  );
}

function classify(incoming: Incoming, known: ReadonlySet<string>, touched: ReadonlySet<string>) {
  const ids = new Set<string>();
  for (const e of incoming.shortlist) ids.add(e.videoId);
  for (const v of incoming.videos) ids.add(v.id);
  for (const t of ['scores', 'snapshots', 'authorizations'] as const) for (const r of incoming[t]) ids.add(r.videoId);
  const result = {
    file: incoming.file,
    kind: incoming.kind,
    formatVersion: incoming.formatVersion,
    new: [] as string[],
    updated: [] as string[],
    unchanged: [] as string[],
  };
  for (const id of ids) {
    if (!known.has(id)) result.new.push(id);
    else if (touched.has(id)) result.updated.push(id);
    else result.unchanged.push(id);
  }
  return result;
}
